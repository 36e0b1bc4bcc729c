package be.wallonie.parcours.domain.attestation;

/** Where a copy stands with its recipient; derived from its timestamps. */
public enum TransmissionStatus {
    /** Due, not fetched yet. */
    PENDING,
    /** Fetched by the recipient at least once, not acknowledged. */
    FETCHED,
    /** The recipient acknowledged receipt. */
    ACKNOWLEDGED
}
