package be.wallonie.parcours.domain.casefile;

/** Why a case file ended without an attestation. */
public enum ClosureReason {
    /** Moved out of the French-language region of Wallonia (Brussels, Flanders, the German-speaking communes). */
    MOVED_OUT_OF_SCOPE,
    /** Left Belgium. */
    LEFT_BELGIUM, DECEASED,
    /** A re-assessment dispensed the person, or put them out of the target group, and they do not volunteer. */
    NO_LONGER_OBLIGED,
    /** A volunteer stopped the programme. */
    VOLUNTEER_WITHDREW,
    /** The file should not have been opened (a duplicate, a mistaken person). */
    OPENED_IN_ERROR,
    /** Any other reason, which the note must give. */
    OTHER
}
