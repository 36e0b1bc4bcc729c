package be.wallonie.parcours.domain.attestation;

/**
 * Allocates the next attestation number of a CRI in a year ({@link AttestationRepository#nextNumber}). The
 * attestation asks for it only once every rule is satisfied, so that a refused attestation uses no number.
 */
@FunctionalInterface
public interface AttestationNumbers {

    AttestationNumber next(String criCode, int year);
}
