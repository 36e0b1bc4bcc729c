package be.wallonie.parcours.domain.attestation;

/** What stands for the hours of an axis (domain rules §5). */
public enum EquivalenceKind {
    /** A certificate of French at level A2 or above, instead of the 400 hours of French. */
    A2_CERTIFICATE,
    /** A release from the socio-professional orientation (<i>dispense</i>: the person works), instead of its hours. */
    WORK_RELEASE
}
