package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.operator.Enrolment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the attendance ledger (<i>présence</i>): the hours of a session attended under an enrolment, or a
 * correction of such a session. Append-only: an entry is never changed nor deleted; a correction is a new entry that
 * adds a signed number of quarter hours to the session it corrects, with its author and reason. The enrolment's case
 * file, person, operator and axis are copied on the entry, so that the totals of a day, an axis or an operator are read
 * without a join. Entries are created by the {@link AttendanceLedger}, which checks the rules.
 */
@Entity
@Table(name = "attendance_entry")
public class AttendanceEntry {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private AttendanceEntryKind kind;
    @Column(name = "enrolment_id")
    private UUID enrolmentId;
    @Column(name = "case_file_id")
    private UUID caseFileId;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "operator_code")
    private String operatorCode;
    @Enumerated(EnumType.STRING)
    private Axis axis;
    @Column(name = "session_date")
    private LocalDate sessionDate;
    /** The hours of a session (positive), or the signed change a correction brings to its session. */
    @Column(name = "hours", precision = 5, scale = 2)
    private BigDecimal hours;
    @Column(name = "corrects")
    private UUID corrects;
    @Column(name = "reason", columnDefinition = "text")
    private String reason;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected AttendanceEntry() {
    }

    private AttendanceEntry(AttendanceEntryKind kind, Enrolment enrolment, LocalDate sessionDate, BigDecimal hours,
            UUID corrects, String reason, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.enrolmentId = enrolment.id();
        this.caseFileId = enrolment.caseFile().id();
        this.personId = enrolment.caseFile().personId();
        this.operatorCode = enrolment.operatorCode();
        this.axis = enrolment.axis();
        this.sessionDate = Objects.requireNonNull(sessionDate, "sessionDate");
        this.hours = hours;
        this.corrects = corrects;
        this.reason = reason;
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    /** The hours of a session (checked by the ledger). */
    static AttendanceEntry session(Enrolment enrolment, LocalDate sessionDate, Hours hours, String by, Instant at) {
        return new AttendanceEntry(AttendanceEntryKind.SESSION, enrolment, sessionDate, hours.value(), null, null, by,
                at);
    }

    /**
     * A correction adding {@code delta} (a non-zero number of quarter hours, negative to reduce) to {@code session},
     * dated on the session's day so that every total of that day and axis counts it (checked by the ledger).
     */
    static AttendanceEntry correction(Enrolment enrolment, AttendanceEntry session, BigDecimal delta, String reason,
            String by, Instant at) {
        return new AttendanceEntry(AttendanceEntryKind.CORRECTION, enrolment, session.sessionDate, delta, session.id,
                reason, by, at);
    }

    public UUID id() {
        return id;
    }

    public AttendanceEntryKind kind() {
        return kind;
    }

    public boolean isCorrection() {
        return kind == AttendanceEntryKind.CORRECTION;
    }

    public UUID enrolmentId() {
        return enrolmentId;
    }

    public UUID caseFileId() {
        return caseFileId;
    }

    public UUID personId() {
        return personId;
    }

    public String operatorCode() {
        return operatorCode;
    }

    public Axis axis() {
        return axis;
    }

    /** The day of the session; for a correction, the day of the session it corrects. */
    public LocalDate sessionDate() {
        return sessionDate;
    }

    /** What the entry adds to the totals: the hours of a session, or the signed change of a correction. */
    public BigDecimal hours() {
        return hours;
    }

    /** The session a correction corrects; empty for a session. */
    public Optional<UUID> corrects() {
        return Optional.ofNullable(corrects);
    }

    /** Why a correction was made; empty for a session. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttendanceEntry other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
