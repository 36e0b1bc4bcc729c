package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.convention.Axis;

/** What completes an axis without its hours (domain rules §5). */
public enum AxisEquivalenceKind {
    /** A certificate of French of level A2 or above (<i>attestation de niveau</i>), at any time: completes French. */
    FRENCH_CERTIFICATE(Axis.FRENCH),
    /** A release (<i>dispense</i>) because the person already works: completes socio-professional orientation. */
    WORK_RELEASE(Axis.SOCIO_PROFESSIONAL);

    private final Axis axis;

    AxisEquivalenceKind(Axis axis) {
        this.axis = axis;
    }

    /** The axis the equivalence completes. */
    public Axis axis() {
        return axis;
    }
}
