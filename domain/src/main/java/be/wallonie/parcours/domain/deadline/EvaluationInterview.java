package be.wallonie.parcours.domain.deadline;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An evaluation interview (<i>entretien d'évaluation</i>): the CRI follows the person up at least every 6 months
 * from the signature of the convention (domain rules §1 and §4). Recorded once held; never changed.
 */
@Entity
@Table(name = "evaluation_interview")
public class EvaluationInterview {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "conducted_by")
    private String conductedBy;
    @Column(name = "notes", columnDefinition = "text")
    private String notes;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected EvaluationInterview() {
    }

    private EvaluationInterview(CaseFile caseFile, LocalDate heldOn, String notes, String conductedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
        this.heldOn = heldOn;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.conductedBy = Objects.requireNonNull(conductedBy, "conductedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Records an interview held on {@code heldOn}, once the convention is signed and while the person trains. */
    public static EvaluationInterview record(CaseFile caseFile, LocalDate heldOn, String notes, String conductedBy,
            Instant recordedAt) {
        if (heldOn == null) {
            throw new InvalidValueException("heldOn", ViolationCode.REQUIRED);
        }
        caseFile.requireState(EnumSet.of(CaseFileState.CONVENTION_SIGNED, CaseFileState.IN_PROGRESS),
                "record an evaluation interview");
        if (heldOn.isBefore(caseFile.openedOn())) {
            throw new InvalidValueException("heldOn", ViolationCode.NOT_BEFORE_OPENING,
                    Map.of("openedOn", caseFile.openedOn()));
        }
        EvaluationInterview interview = new EvaluationInterview(caseFile, heldOn, notes, conductedBy, recordedAt);
        caseFile.record(CaseFileEventType.INTERVIEW_HELD, heldOn, null, "interview=" + interview.id, conductedBy,
                recordedAt);
        return interview;
    }

    public UUID id() {
        return id;
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String conductedBy() {
        return conductedBy;
    }

    public String notes() {
        return notes;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvaluationInterview other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
