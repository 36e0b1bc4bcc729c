package be.wallonie.parcours.domain.convention;

/** Whether the convention is still a proposal or binds the CRI and the person. */
public enum ConventionStatus {
    /** Proposed from the reception module; its axes can still be revised. */
    PROPOSED,
    /** Signed by the CRI and the person; changed only by amendment, each a new version. */
    SIGNED
}
