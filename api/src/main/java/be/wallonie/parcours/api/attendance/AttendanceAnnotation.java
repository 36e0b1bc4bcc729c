package be.wallonie.parcours.api.attendance;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What an operator said of a session besides its hours (V009): its own reference of the line, from an imported file,
 * unique per operator so that a line sent again is recognised; and a free note. Kept beside the ledger, never changed.
 */
@Entity
@Table(name = "attendance_annotation")
public class AttendanceAnnotation {

    @Id
    @Column(name = "entry_id")
    private UUID entryId;
    @Column(name = "operator_code")
    private String operatorCode;
    @Column(name = "reference")
    private String reference;
    @Column(name = "note", columnDefinition = "text")
    private String note;

    protected AttendanceAnnotation() {
    }

    AttendanceAnnotation(UUID entryId, String operatorCode, String reference, String note) {
        this.entryId = entryId;
        this.operatorCode = operatorCode;
        this.reference = reference;
        this.note = note;
    }

    public UUID entryId() {
        return entryId;
    }

    public String operatorCode() {
        return operatorCode;
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
