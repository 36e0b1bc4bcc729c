package be.wallonie.parcours.domain.assessment;

import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;
import be.wallonie.parcours.domain.obligation.ObligationCode;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.obligation.ObligationVerdict;
import be.wallonie.parcours.domain.obligation.RuleSetVersion;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stored verdict on whether the person must follow the programme (CWASS art. 150 and 152/7): the status, the
 * provision that decided, the deadline and its regime, the version of the rules, the explanation and the inputs, who
 * decided and when. Assessments are history: a change of facts (a new job, a birthday, a new permit) or a supervisor's
 * dispense adds a new assessment; none is ever updated. The person's current status is the latest one.
 * <p>
 * A dispense that rests only on facts declared at the desk (D1, D2, D4 by employment, D5 by studies, D7) is stored as a
 * {@linkplain ObligationStatus#DISPENSE_TO_CONFIRM dispense to confirm}: the person stays obliged, with the deadline
 * the rules give without those facts, until a supervisor {@linkplain #confirm confirms} it on evidence or
 * {@linkplain #reject rejects} it. Each decision is a new assessment that names the one it decides.
 */
@Entity
@Table(name = "obligation_assessment")
public class ObligationAssessment {

    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private AssessmentKind kind;
    @Enumerated(EnumType.STRING)
    private ObligationStatus status;
    @Enumerated(EnumType.STRING)
    private ObligationCode code;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_regime")
    private DeadlineRegime deadlineRegime;
    @Column(name = "cri_code")
    private String criCode;
    @Column(name = "rule_set_version")
    private String ruleSetVersion;
    @Column(name = "as_of")
    private LocalDate asOf;
    @Column(name = "explanation", columnDefinition = "text")
    private String explanation;
    @Column(name = "inputs", columnDefinition = "text")
    private String inputs;
    @Embedded
    private DispenseEvidence evidence;
    @Column(name = "assessed_by")
    private String assessedBy;
    @Column(name = "assessed_at")
    private Instant assessedAt;
    @Column(name = "decides_assessment_id")
    private UUID decides;
    @Column(name = "confirmed_at_migration")
    private boolean confirmedAtMigration;

    protected ObligationAssessment() {
    }

    private ObligationAssessment(UUID personId, AssessmentKind kind, ObligationStatus status, ObligationCode code,
            Deadline deadline, String criCode, String ruleSetVersion, LocalDate asOf, String explanation,
            String inputs, DispenseEvidence evidence, String assessedBy, Instant assessedAt) {
        this.id = UUID.randomUUID();
        this.personId = Objects.requireNonNull(personId, "personId");
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.deadline = deadline == null ? null : deadline.date();
        this.deadlineRegime = deadline == null ? null : deadline.regime();
        this.criCode = criCode;
        this.ruleSetVersion = ruleSetVersion;
        this.asOf = asOf;
        this.explanation = explanation;
        this.inputs = inputs;
        this.evidence = evidence;
        this.assessedBy = Objects.requireNonNull(assessedBy, "assessedBy");
        this.assessedAt = Objects.requireNonNull(assessedAt, "assessedAt");
    }

    /**
     * The verdict of the obligation rules on the person's facts as of {@code asOf}.
     *
     * @param inputs      the facts the rules read, serialised by the caller (JSON in the API)
     * @param explanation the verdict's explanation, serialised by the caller (JSON in the API)
     */
    public static ObligationAssessment ofVerdict(UUID personId, ObligationVerdict verdict, LocalDate asOf,
            String inputs, String explanation, String assessedBy, Instant assessedAt) {
        Violations violations = new Violations();
        violations.require(verdict, "verdict");
        violations.require(asOf, "asOf");
        violations.requireText(inputs, "inputs");
        violations.requireText(explanation, "explanation");
        violations.throwIfAny();
        return new ObligationAssessment(personId, AssessmentKind.RULES_ENGINE, verdict.status(), verdict.code(),
                verdict.deadline(), verdict.criCode(), verdict.ruleSetVersion().id(), asOf, explanation, inputs, null,
                assessedBy, assessedAt);
    }

    /**
     * The verdict of the rules on a registered person's facts, where a dispense that rests only on facts declared at
     * the desk waits for a supervisor: when the rules dispense the person but would oblige them without the declared
     * facts, the assessment is a {@linkplain ObligationStatus#DISPENSE_TO_CONFIRM dispense to confirm} with the
     * deadline of {@code withoutDeclaredFacts} (the person stays obliged), unless a supervisor's decision dispensed the
     * person on that provision and every assessment since kept the dispense.
     *
     * @param withoutDeclaredFacts the verdict of the rules on the same facts without those declared at the desk
     *                             ({@link be.wallonie.parcours.domain.obligation.ObligationFacts#withoutDeclaredDispenses()})
     * @param history              the person's earlier assessments, the latest first
     */
    public static ObligationAssessment ofVerdict(UUID personId, ObligationVerdict verdict,
            ObligationVerdict withoutDeclaredFacts, List<ObligationAssessment> history, LocalDate asOf,
            String inputs, String explanation, String assessedBy, Instant assessedAt) {
        ObligationAssessment assessment = ofVerdict(personId, verdict, asOf, inputs, explanation, assessedBy,
                assessedAt);
        boolean restsOnDeclaredFacts = verdict.status() == ObligationStatus.DISPENSED
                && withoutDeclaredFacts.status() == ObligationStatus.OBLIGED;
        if (restsOnDeclaredFacts && !confirmedIn(history, verdict.code())) {
            Deadline deadline = withoutDeclaredFacts.deadline();
            assessment.status = ObligationStatus.DISPENSE_TO_CONFIRM;
            assessment.deadline = deadline.date();
            assessment.deadlineRegime = deadline.regime();
        }
        return assessment;
    }

    /**
     * Whether the person has been dispensed on {@code code} without a break since a supervisor decided it: the latest
     * assessments are all dispensed on that code, and the earliest of them is a supervisor's recorded dispense (or a
     * dispense kept when the rule began, see V018).
     */
    private static boolean confirmedIn(List<ObligationAssessment> history, ObligationCode code) {
        for (ObligationAssessment earlier : history) {
            if (earlier.status != ObligationStatus.DISPENSED || earlier.code != code) {
                return false;
            }
            if (earlier.kind == AssessmentKind.RECORDED_DISPENSE || earlier.confirmedAtMigration) {
                return true;
            }
        }
        return false;
    }

    /**
     * A supervisor confirms this dispense to confirm on evidence: the person is dispensed on its provision.
     *
     * @param history the person's assessments, the latest first, this one among them
     * @throws DispenseDecisionException when this is no dispense to confirm, when it was decided already, or when
     *                                   the person was assessed again since
     */
    public ObligationAssessment confirm(List<ObligationAssessment> history, DispenseEvidence evidence,
            String explanation, String decidedBy, Instant decidedAt) {
        requireUndecided(history);
        ObligationAssessment confirmation = recordedDispense(personId, criCode, code, ruleSetVersion, evidence,
                explanation, decidedBy, decidedAt);
        confirmation.decides = id;
        return confirmation;
    }

    /**
     * A supervisor rejects this dispense to confirm: the person is obliged, with the deadline they had meanwhile.
     *
     * @param reason why, as text
     * @param on     the day of the decision
     * @throws DispenseDecisionException as {@link #confirm}
     */
    public ObligationAssessment reject(List<ObligationAssessment> history, String reason, LocalDate on,
            String decidedBy, Instant decidedAt) {
        Violations violations = new Violations();
        violations.requireText(reason, "reason");
        violations.require(on, "decisionDate");
        violations.throwIfAny();
        requireUndecided(history);
        ObligationAssessment rejection = new ObligationAssessment(personId, AssessmentKind.REJECTED_DISPENSE,
                ObligationStatus.OBLIGED, null, deadline().orElseThrow(), criCode, ruleSetVersion, on,
                reason.strip(), null, null, decidedBy, decidedAt);
        rejection.decides = id;
        return rejection;
    }

    private void requireUndecided(List<ObligationAssessment> history) {
        if (status != ObligationStatus.DISPENSE_TO_CONFIRM) {
            throw new DispenseDecisionException(DispenseDecisionException.Reason.NOTHING_TO_CONFIRM,
                    "Assessment " + id + " is " + status + ", not a dispense to confirm");
        }
        for (ObligationAssessment later : history) {
            if (id.equals(later.decides)) {
                throw new DispenseDecisionException(later.kind == AssessmentKind.REJECTED_DISPENSE
                        ? DispenseDecisionException.Reason.ALREADY_REJECTED
                        : DispenseDecisionException.Reason.ALREADY_CONFIRMED, "Dispense " + id + " was decided");
            }
        }
        if (history.isEmpty() || !history.get(0).equals(this)) {
            throw new DispenseDecisionException(DispenseDecisionException.Reason.SUPERSEDED,
                    "Dispense " + id + " is no longer the person's current assessment");
        }
    }

    /**
     * A supervisor relieves the person of the obligation on evidence (CWASS art. 152/7 §3).
     *
     * @param dispense    the dispense, one of D1 to D8
     * @param version     the version of the rules the supervisor applied
     * @param explanation the supervisor's reasoning, as text
     */
    public static ObligationAssessment recordedDispense(UUID personId, String criCode, ObligationCode dispense,
            RuleSetVersion version, DispenseEvidence evidence, String explanation, String decidedBy,
            Instant decidedAt) {
        Violations violations = new Violations();
        violations.require(criCode, "criCode");
        violations.require(dispense, "dispense");
        violations.require(version, "ruleSetVersion");
        violations.require(evidence, "evidence");
        violations.requireText(explanation, "explanation");
        violations.throwIfAny();
        if (dispense.status() != ObligationStatus.DISPENSED) {
            throw new InvalidValueException("dispense", ViolationCode.DISPENSE);
        }
        return recordedDispense(personId, criCode, dispense, version.id(), evidence, explanation, decidedBy,
                decidedAt);
    }

    private static ObligationAssessment recordedDispense(UUID personId, String criCode, ObligationCode dispense,
            String ruleSetVersion, DispenseEvidence evidence, String explanation, String decidedBy,
            Instant decidedAt) {
        Violations violations = new Violations();
        violations.require(evidence, "evidence");
        violations.requireText(explanation, "explanation");
        violations.throwIfAny();
        return new ObligationAssessment(personId, AssessmentKind.RECORDED_DISPENSE, ObligationStatus.DISPENSED,
                dispense, null, criCode, ruleSetVersion, evidence.decisionDate(), explanation, null, evidence,
                decidedBy, decidedAt);
    }

    /** Whether {@code other} reached the same verdict: status, provision and deadline. */
    public boolean hasSameVerdictAs(ObligationAssessment other) {
        return status == other.status && code == other.code && Objects.equals(deadline, other.deadline);
    }

    /** Obliged, or dispensed on facts a supervisor has not confirmed yet: the deadline runs. */
    public boolean isObliged() {
        return status == ObligationStatus.OBLIGED || status == ObligationStatus.DISPENSE_TO_CONFIRM;
    }

    /** Whether this is a dispense to confirm: a supervisor has to confirm or reject it. */
    public boolean isDispenseToConfirm() {
        return status == ObligationStatus.DISPENSE_TO_CONFIRM;
    }

    /** The dispense to confirm that this supervisor's confirmation or rejection decides; empty otherwise. */
    public Optional<UUID> decides() {
        return Optional.ofNullable(decides);
    }

    /**
     * A dispense of the rules on facts declared at the desk, stored before dispenses needed a supervisor's confirmation
     * and kept as confirmed by the migration that brought the rule in (V018).
     */
    public boolean confirmedAtMigration() {
        return confirmedAtMigration;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public AssessmentKind kind() {
        return kind;
    }

    public ObligationStatus status() {
        return status;
    }

    /** The provision that decided (the one proposed, for a dispense to confirm); empty when obliged. */
    public Optional<ObligationCode> code() {
        return Optional.ofNullable(code);
    }

    /**
     * The day by which an obliged person must hold the attestation, and its regime; empty unless obliged or a dispense
     * to confirm.
     */
    public Optional<Deadline> deadline() {
        return deadline == null ? Optional.empty() : Optional.of(new Deadline(deadline, deadlineRegime));
    }

    /** The CRI of the commune of residence; empty when out of scope. */
    public Optional<String> criCode() {
        return Optional.ofNullable(criCode);
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    /** The day the facts were taken on: the assessment's date, or the decision date of a recorded dispense. */
    public LocalDate asOf() {
        return asOf;
    }

    public String explanation() {
        return explanation;
    }

    /** The facts the rules read; empty for a recorded dispense, whose evidence is its input. */
    public Optional<String> inputs() {
        return Optional.ofNullable(inputs);
    }

    /** The evidence of a recorded dispense; empty otherwise. */
    public Optional<DispenseEvidence> evidence() {
        return Optional.ofNullable(evidence);
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObligationAssessment other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
