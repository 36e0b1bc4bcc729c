package be.wallonie.parcours.domain.reception;

/**
 * Why the French test is not needed: the domain rules ask for a test "when needed". A waived test counts as a level
 * of A2 or above, so the French axis is not proposed.
 */
public enum FrenchTestWaiver {
    /** French is the person's mother tongue. */
    FRENCH_MOTHER_TONGUE,
    /** The person holds a certificate of French at level A2 or above. */
    CERTIFICATE_A2_OR_ABOVE,
    /** The person was schooled in French. */
    SCHOOLED_IN_FRENCH
}
