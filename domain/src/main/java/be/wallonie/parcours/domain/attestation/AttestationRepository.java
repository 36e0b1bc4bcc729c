package be.wallonie.parcours.domain.attestation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Where attestations and their transmissions are kept. A CRI finds its own attestations only; anyone finds the
 * verification of an attestation by its code.
 */
public interface AttestationRepository {

    /**
     * The next number of the CRI in {@code year}: a counter per CRI and year, allocated in the database in the calling
     * transaction, so that two transactions never receive the same number (the second waits for the first to end).
     * A rolled-back transaction gives its number back.
     */
    AttestationNumber nextNumber(String criCode, int year);

    /** The attestation, if the CRI issued it. */
    Optional<Attestation> findById(UUID id, String criCode);

    /** The CRI's attestation of a case file, the revoked ones included, the latest first. */
    Optional<Attestation> findByCaseFile(UUID caseFileId, String criCode);

    /** The attestation with this public code, whatever its CRI: for the public verification only. */
    Optional<Attestation> findByVerificationCode(VerificationCode code);

    /**
     * The attestation with this public code whose holder was born on {@code birthDate}: the check of a document, which
     * finds nothing alike for an unknown code and for a code printed on someone else's attestation (ADR 0031).
     */
    Optional<Attestation> findByVerificationCodeAndBirthDate(VerificationCode code, LocalDate birthDate);

    /** Stores a newly issued attestation and its transmissions, assigning each transmission its cursor. */
    void add(Attestation attestation);

    /**
     * Gives a new cursor to the transmissions that await one (after a revocation), so that their recipients see them
     * once more. Call it in the transaction that revokes.
     */
    void announce(Attestation attestation);
}
