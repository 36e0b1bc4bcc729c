package be.wallonie.parcours.domain.attestation;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The dates of the parcours printed on the attestation.
 *
 * @param fileOpenedOn       the day the case file opened at the CRI
 * @param conventionSignedOn the day the convention was signed
 * @param completedOn        the day the file was found complete
 * @param issuedOn           the day of issue
 */
@Embeddable
public record AttestedDates(@Column(name = "file_opened_on") LocalDate fileOpenedOn,
        @Column(name = "convention_signed_on") LocalDate conventionSignedOn,
        @Column(name = "completed_on") LocalDate completedOn, @Column(name = "issued_on") LocalDate issuedOn) {

    public AttestedDates {
        Objects.requireNonNull(fileOpenedOn, "fileOpenedOn");
        Objects.requireNonNull(conventionSignedOn, "conventionSignedOn");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}
