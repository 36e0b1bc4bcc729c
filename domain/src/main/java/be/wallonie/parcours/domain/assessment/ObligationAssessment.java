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
        return new ObligationAssessment(personId, AssessmentKind.RECORDED_DISPENSE, ObligationStatus.DISPENSED,
                dispense, null, criCode, version.id(), evidence.decisionDate(), explanation, null, evidence,
                decidedBy, decidedAt);
    }

    /** Whether {@code other} reached the same verdict: status, provision and deadline. */
    public boolean hasSameVerdictAs(ObligationAssessment other) {
        return status == other.status && code == other.code && Objects.equals(deadline, other.deadline);
    }

    public boolean isObliged() {
        return status == ObligationStatus.OBLIGED;
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

    /** The provision that decided; empty when obliged. */
    public Optional<ObligationCode> code() {
        return Optional.ofNullable(code);
    }

    /** The day by which an obliged person must hold the attestation, and its regime; empty unless obliged. */
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

    /** The evidence of a recorded dispense; empty for a verdict of the rules. */
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
