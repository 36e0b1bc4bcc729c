package be.wallonie.parcours.domain.attendance;

/** What an attendance entry records: the hours of a session, or a correction of an earlier session. */
public enum AttendanceEntryKind {
    /** The hours attended at one session (<i>séance</i>): a positive number of quarter hours. */
    SESSION,
    /**
     * A correction (<i>correction</i>) of a session recorded earlier: a signed number of quarter hours added to it
     * (negative to reduce or reverse it), with a reason. The corrected session is never changed.
     */
    CORRECTION
}
