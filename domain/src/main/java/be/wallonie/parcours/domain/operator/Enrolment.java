package be.wallonie.parcours.domain.operator;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The enrolment (<i>inscription</i>) of a person, through their case file, on one axis with one operator, from a
 * start date. It is refused when the convention is not signed, does not require the axis, or when the operator is not
 * recognised for it. The first enrolment moves the file to {@link CaseFileState#IN_PROGRESS}. An operator records
 * hours only for the persons enrolled with it.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;
    @Column(name = "operator_code")
    private String operatorCode;
    @Enumerated(EnumType.STRING)
    private Axis axis;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "withdrawal_reason", columnDefinition = "text")
    private String withdrawalReason;
    @Column(name = "enrolled_by")
    private String enrolledBy;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;
    @Version
    private long version;

    protected Enrolment() {
    }

    private Enrolment(CaseFile caseFile, Operator operator, Axis axis, LocalDate startDate, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
        this.operatorCode = operator.code();
        this.axis = axis;
        this.startDate = startDate;
        this.status = EnrolmentStatus.ACTIVE;
        this.enrolledBy = Objects.requireNonNull(by, "by");
        this.enrolledAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Enrols the person of the convention's case file on {@code axis} with {@code operator} from {@code startDate}.
     *
     * @throws EnrolmentRefusedException naming why the enrolment is refused
     */
    public static Enrolment enrol(Convention convention, Operator operator, Axis axis, LocalDate startDate, String by,
            Instant at) {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(startDate, "startDate");
        refuseUnlessAllowed(convention, operator, axis, startDate);
        CaseFile file = convention.caseFile();
        if (file.state() == CaseFileState.CONVENTION_SIGNED) {
            file.startTraining(startDate, by, at);
        }
        Enrolment enrolment = new Enrolment(file, operator, axis, startDate, by, at);
        file.record(CaseFileEventType.ENROLLED, startDate, null, enrolment.describe(), by, at);
        return enrolment;
    }

    private static void refuseUnlessAllowed(Convention convention, Operator operator, Axis axis,
            LocalDate startDate) {
        if (axis == Axis.RECEPTION) {
            refuse(EnrolmentRefusedException.Reason.RECEPTION_IS_NOT_AN_ENROLMENT,
                    "The reception module is run by the CRI: nobody enrols on it with an operator");
        }
        if (!convention.isSigned()) {
            refuse(EnrolmentRefusedException.Reason.CONVENTION_NOT_SIGNED,
                    "The convention is not signed yet: enrolments come after the signature");
        }
        if (!convention.requires(axis)) {
            refuse(EnrolmentRefusedException.Reason.AXIS_NOT_REQUIRED,
                    "The signed convention does not require " + axis + "; it requires " + convention.requiredAxes(),
                    Map.of("axis", axis, "requiredAxes", convention.requiredAxes()));
        }
        if (!operator.active()) {
            refuse(EnrolmentRefusedException.Reason.OPERATOR_INACTIVE,
                    "Operator " + operator.code() + " no longer takes enrolments", Map.of("operator", operator.code()));
        }
        if (!operator.isRecognisedFor(axis)) {
            refuse(EnrolmentRefusedException.Reason.OPERATOR_NOT_RECOGNISED, "Operator " + operator.code()
                    + " is recognised for " + operator.recognisedAxes() + ", not for " + axis,
                    Map.of("operator", operator.code(), "axis", axis, "recognisedAxes", operator.recognisedAxes()));
        }
        LocalDate signedOn = convention.signedOn().orElseThrow();
        if (startDate.isBefore(signedOn)) {
            refuse(EnrolmentRefusedException.Reason.START_BEFORE_SIGNATURE,
                    "The training cannot start before the convention was signed, on " + signedOn,
                    Map.of("signedOn", signedOn));
        }
        CaseFileState state = convention.caseFile().state();
        if (state != CaseFileState.CONVENTION_SIGNED && state != CaseFileState.IN_PROGRESS) {
            refuse(EnrolmentRefusedException.Reason.FILE_NOT_IN_PROGRESS,
                    "The case file is " + state + ": it takes no enrolment", Map.of("state", state));
        }
    }

    private static void refuse(EnrolmentRefusedException.Reason reason, String message) {
        refuse(reason, message, Map.of());
    }

    private static void refuse(EnrolmentRefusedException.Reason reason, String message, Map<String, ?> arguments) {
        throw new EnrolmentRefusedException(reason, message, arguments);
    }

    /** The person finished the training with the operator on {@code on}. */
    public void complete(LocalDate on, String by, Instant at) {
        end(EnrolmentStatus.COMPLETED, on, null, by, at);
        caseFile.record(CaseFileEventType.ENROLMENT_COMPLETED, on, null, describe(), by, at);
    }

    /** The enrolment ends before completion, for example on a change of operator. */
    public void withdraw(LocalDate on, String reason, String by, Instant at) {
        Violations violations = new Violations();
        violations.requireText(reason, "reason");
        violations.throwIfAny();
        end(EnrolmentStatus.WITHDRAWN, on, reason.strip(), by, at);
        caseFile.record(CaseFileEventType.ENROLMENT_WITHDRAWN, on, withdrawalReason, describe(), by, at);
    }

    private void end(EnrolmentStatus newStatus, LocalDate on, String reason, String by, Instant at) {
        Objects.requireNonNull(on, "on");
        if (status != EnrolmentStatus.ACTIVE) {
            refuse(EnrolmentRefusedException.Reason.NOT_ACTIVE, "The enrolment is already " + status,
                    Map.of("status", status));
        }
        if (on.isBefore(startDate)) {
            throw new InvalidValueException("on", ViolationCode.NOT_BEFORE_ENROLMENT_START,
                    Map.of("startDate", startDate));
        }
        caseFile.requireState(EnumSet.of(CaseFileState.IN_PROGRESS, CaseFileState.SUSPENDED),
                "end an enrolment");
        status = newStatus;
        endDate = on;
        withdrawalReason = reason;
    }

    private String describe() {
        return "axis=" + axis + ", operator=" + operatorCode + ", enrolment=" + id;
    }

    public UUID id() {
        return id;
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    public String operatorCode() {
        return operatorCode;
    }

    public Axis axis() {
        return axis;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == EnrolmentStatus.ACTIVE;
    }

    /** The day the enrolment was completed or withdrawn. */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(endDate);
    }

    public Optional<String> withdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }

    public String enrolledBy() {
        return enrolledBy;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Enrolment other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
