package be.wallonie.parcours.domain.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
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

/**
 * One entry of a case file's timeline: a transition (with the states it left and reached) or a record such as a
 * reception part done or an interview held. Entries are only appended, by the case file, and never changed.
 */
@Entity
@Table(name = "case_file_event")
public class CaseFileEvent {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;
    private int sequence;
    @Enumerated(EnumType.STRING)
    private CaseFileEventType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private CaseFileState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private CaseFileState toState;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    @Column(name = "reason", columnDefinition = "text")
    private String reason;
    private String detail;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CaseFileEvent() {
    }

    CaseFileEvent(CaseFile caseFile, int sequence, CaseFileEventType type, CaseFileState fromState,
            CaseFileState toState, LocalDate occurredOn, String reason, String detail, String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
        this.sequence = sequence;
        this.type = Objects.requireNonNull(type, "type");
        this.fromState = fromState;
        this.toState = toState;
        this.occurredOn = occurredOn;
        this.reason = reason;
        this.detail = detail;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public UUID id() {
        return id;
    }

    /** The position of the entry on the file's timeline, from 1. */
    public int sequence() {
        return sequence;
    }

    public CaseFileEventType type() {
        return type;
    }

    /** The state the transition left; {@code null} for the first entry and for a record. */
    public CaseFileState fromState() {
        return fromState;
    }

    /** The state the transition reached; {@code null} for a record. */
    public CaseFileState toState() {
        return toState;
    }

    public boolean isTransition() {
        return type.isTransition();
    }

    /**
     * The business date the entry is about: the day of the signature, of the interview, of the transfer; the new
     * deadline of an extension; {@code null} when the entry has none.
     */
    public LocalDate occurredOn() {
        return occurredOn;
    }

    /** Why, in the words of the member of staff; {@code null} when none was needed. */
    public String reason() {
        return reason;
    }

    /** Codes that complete the entry (an axis, an operator code, a closure reason), never a personal value. */
    public String detail() {
        return detail;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseFileEvent other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
