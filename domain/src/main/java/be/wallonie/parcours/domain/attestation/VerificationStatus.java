package be.wallonie.parcours.domain.attestation;

/** What the public verification of an attestation answers. */
public enum VerificationStatus {
    /** Issued and not revoked. */
    VALID,
    /** Revoked by the CRI. */
    REVOKED
}
