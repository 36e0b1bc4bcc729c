package be.wallonie.parcours.domain.convention;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.RuleSetVersion;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.SocialReview;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The convention (<i>convention d'intégration</i>) between the CRI and the person: the axes the person must complete,
 * and until when. It is proposed from the reception module ({@link ConventionProposal}), signed after the social
 * review, and changed only by amendment (<i>avenant</i>), each a new {@link ConventionVersion} with its reason, for
 * example when a certificate of level A2 removes the French axis.
 * <p>
 * Its end date is its maximum length under the deadline regime: the final deadline of an obliged person; for a
 * volunteer, the regime's length counted from the signature.
 */
@Entity
@Table(name = "convention")
public class Convention {

    static final String PROPOSAL_REASON = SystemMotive.PROPOSAL.recorded(Map.of());

    private static final Set<CaseFileState> PROPOSABLE = EnumSet.of(CaseFileState.RECEPTION);
    private static final Set<CaseFileState> AMENDABLE = EnumSet.of(CaseFileState.CONVENTION_SIGNED,
            CaseFileState.IN_PROGRESS, CaseFileState.SUSPENDED);

    @Id
    private UUID id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reception_module_id")
    private ReceptionModule receptionModule;
    @Enumerated(EnumType.STRING)
    private ConventionStatus status;
    @Column(name = "proposed_on")
    private LocalDate proposedOn;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    @OneToMany(mappedBy = "convention", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ConventionVersion> versions = new ArrayList<>();
    /** Optimistic locking (the API's {@code ETag}); not to be confused with the convention's versions. */
    @Version
    @Column(name = "version")
    private long lockVersion;

    protected Convention() {
    }

    private Convention(CaseFile caseFile, ReceptionModule receptionModule, LocalDate proposedOn) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
        this.receptionModule = receptionModule;
        this.status = ConventionStatus.PROPOSED;
        this.proposedOn = Objects.requireNonNull(proposedOn, "proposedOn");
    }

    /**
     * Proposes the convention that the file's reception module calls for, while the file is in
     * {@link CaseFileState#RECEPTION}.
     */
    public static Convention propose(CaseFile caseFile, ReceptionModule reception, LocalDate proposedOn, String by,
            Instant at) {
        if (!reception.caseFile().equals(caseFile)) {
            throw new ConventionException(ConventionException.Reason.OTHER_CASE_FILE,
                    "The reception module is not this case file's");
        }
        caseFile.requireState(PROPOSABLE, "propose a convention");
        if (proposedOn.isBefore(caseFile.openedOn())) {
            throw new InvalidValueException("proposedOn", ViolationCode.NOT_BEFORE_OPENING,
                    Map.of("openedOn", caseFile.openedOn()));
        }
        ConventionProposal proposal = ConventionProposal.from(reception, caseFile.participation(), proposedOn);
        Convention convention = new Convention(caseFile, reception, proposedOn);
        convention.versions.add(new ConventionVersion(convention, 1, proposal.axes(), proposedOn, null,
                PROPOSAL_REASON, by, at));
        caseFile.record(CaseFileEventType.CONVENTION_PROPOSED, proposedOn, null, "axes=" + proposal.axes(), by, at);
        return convention;
    }

    /** Proposes again from the reception module as it stands now (a part was recorded again), before signature. */
    public void reviseProposal(LocalDate on, String by, Instant at) {
        requireStatus(ConventionStatus.PROPOSED, ConventionException.Reason.ALREADY_SIGNED);
        caseFile.requireState(PROPOSABLE, "revise the proposed convention");
        ConventionProposal proposal = ConventionProposal.from(receptionModule, caseFile.participation(), on);
        currentVersion().revise(proposal.axes(), on, by, at);
        proposedOn = on;
        caseFile.record(CaseFileEventType.CONVENTION_PROPOSED, on, SystemMotive.PROPOSAL_REVISED.recorded(Map.of()),
                "axes=" + proposal.axes(), by, at);
    }

    /**
     * The CRI and the person sign the proposed convention on {@code signedOn}: not before the social review, with the
     * axes the reception module calls for on that day, and before the final deadline. The case file moves to
     * {@link CaseFileState#CONVENTION_SIGNED}.
     *
     * @param settings the settings of the obligation rules, which give a volunteer's regime
     */
    public void sign(LocalDate signedOn, ObligationSettings settings, String by, Instant at) {
        Objects.requireNonNull(signedOn, "signedOn");
        requireStatus(ConventionStatus.PROPOSED, ConventionException.Reason.ALREADY_SIGNED);
        LocalDate reviewedOn = receptionModule.socialReview().map(SocialReview::conductedOn).orElseThrow();
        if (signedOn.isBefore(reviewedOn)) {
            throw new ConventionException(ConventionException.Reason.SIGNED_BEFORE_SOCIAL_REVIEW,
                    "The convention is signed after the social review of " + reviewedOn + ", not before",
                    Map.of("reviewedOn", reviewedOn));
        }
        Set<Axis> calledFor = ConventionProposal.from(receptionModule, caseFile.participation(), signedOn).axes();
        if (!calledFor.equals(currentVersion().axes())) {
            throw new ConventionException(ConventionException.Reason.PROPOSAL_OUTDATED,
                    "The reception module now calls for " + calledFor + ": revise the proposal before signing",
                    Map.of("axes", calledFor, "proposedAxes", currentVersion().axes()));
        }
        LocalDate end = maximumEndDate(signedOn, settings);
        if (!end.isAfter(signedOn)) {
            throw new ConventionException(ConventionException.Reason.DEADLINE_PASSED,
                    "The final deadline " + end + " is not after the signature: extend it first",
                    Map.of("finalDeadline", end));
        }
        caseFile.recordConventionSigned(signedOn, by, at);
        status = ConventionStatus.SIGNED;
        this.signedOn = signedOn;
        currentVersion().fixTerm(signedOn, end);
    }

    /**
     * Amends the signed convention: a new version requiring {@code axes} from {@code effectiveOn}, ending on the
     * file's final deadline for an obliged person (so an amendment after an extension lengthens the convention).
     */
    public ConventionVersion amend(Set<Axis> axes, String reason, LocalDate effectiveOn, String by, Instant at) {
        requireStatus(ConventionStatus.SIGNED, ConventionException.Reason.NOT_SIGNED);
        caseFile.requireState(AMENDABLE, "amend the convention");
        Violations violations = new Violations();
        violations.require(axes, "axes");
        violations.requireText(reason, "reason");
        violations.require(effectiveOn, "effectiveOn");
        if (effectiveOn != null) {
            violations.check(!effectiveOn.isBefore(signedOn), "effectiveOn", ViolationCode.NOT_BEFORE_SIGNATURE,
                    Map.of("signedOn", signedOn));
        }
        violations.throwIfAny();
        if (!axes.contains(Axis.RECEPTION)) {
            throw new ConventionException(ConventionException.Reason.RECEPTION_AXIS_REQUIRED,
                    "Every convention keeps the reception module as its first axis");
        }
        if (caseFile.isObliged() && !axes.contains(Axis.CITIZENSHIP)) {
            throw new ConventionException(ConventionException.Reason.CITIZENSHIP_REQUIRED_FOR_OBLIGED,
                    "Citizenship is always required of an obliged person");
        }
        ConventionVersion current = currentVersion();
        LocalDate end = caseFile.finalDeadline().orElse(current.endDate());
        if (current.axes().equals(EnumSet.copyOf(axes)) && end.equals(current.endDate())) {
            throw new ConventionException(ConventionException.Reason.NOTHING_TO_AMEND,
                    "The convention already requires " + current.axes() + " until " + end,
                    Map.of("axes", current.axes(), "endDate", end));
        }
        ConventionVersion amended = new ConventionVersion(this, current.number() + 1, axes, effectiveOn, end,
                reason.strip(), by, at);
        caseFile.record(CaseFileEventType.CONVENTION_AMENDED, effectiveOn, reason.strip(),
                "version=" + amended.number() + ", axes=" + amended.axes(), by, at);
        versions.add(amended);
        return amended;
    }

    /**
     * The person obtained a certificate of French of {@code level}: at the level that completes the French axis (A2)
     * or above, an amendment removes the French axis. Nothing changes when the convention no longer requires it.
     *
     * @throws ConventionException when the level does not complete the French axis
     */
    public void recordFrenchCertificate(CefrLevel level, LocalDate certifiedOn, String by, Instant at) {
        requireStatus(ConventionStatus.SIGNED, ConventionException.Reason.NOT_SIGNED);
        AxisRequirement french = LegalThresholds.requirementFor(Axis.FRENCH, signedOn);
        if (!french.isCompletedByLevel(level)) {
            throw new ConventionException(ConventionException.Reason.LEVEL_BELOW_THRESHOLD,
                    "A certificate of " + level + " does not complete the French axis, which needs "
                            + french.completedByLevel() + " or above",
                    Map.of("level", level, "minimumLevel", french.completedByLevel()));
        }
        if (!requires(Axis.FRENCH)) {
            return;
        }
        Set<Axis> remaining = EnumSet.copyOf(currentVersion().axes());
        remaining.remove(Axis.FRENCH);
        amend(remaining, SystemMotive.FRENCH_CERTIFICATE.recorded(Map.of("level", level, "minimumLevel",
                french.completedByLevel())), certifiedOn, by, at);
    }

    private LocalDate maximumEndDate(LocalDate signedOn, ObligationSettings settings) {
        return caseFile.finalDeadline().orElseGet(() -> signedOn
                .plusMonths(RuleSetVersion.applicableOn(signedOn, settings).deadlineRegime().months()));
    }

    private void requireStatus(ConventionStatus required, ConventionException.Reason otherwise) {
        if (status != required) {
            throw new ConventionException(otherwise, "The convention is " + status + ", not " + required,
                    Map.of("status", status));
        }
    }

    public UUID id() {
        return id;
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    public ReceptionModule receptionModule() {
        return receptionModule;
    }

    public ConventionStatus status() {
        return status;
    }

    public boolean isSigned() {
        return status == ConventionStatus.SIGNED;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    /** The version in force: the latest. */
    public ConventionVersion currentVersion() {
        return versions.get(versions.size() - 1);
    }

    /** Every version, the first (the proposal, then the signed convention) first. */
    public List<ConventionVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    /** The axes the current version requires. */
    public Set<Axis> requiredAxes() {
        return currentVersion().axes();
    }

    public boolean requires(Axis axis) {
        return currentVersion().requires(axis);
    }

    /** The last day of the convention in force; empty until signed. */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(currentVersion().endDate());
    }

    public long lockVersion() {
        return lockVersion;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Convention other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
