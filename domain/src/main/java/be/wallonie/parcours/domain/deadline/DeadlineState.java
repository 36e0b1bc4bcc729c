package be.wallonie.parcours.domain.deadline;

/** Where a deadline stands on a day. */
public enum DeadlineState {
    /** What was due is done (on time or late). */
    DONE,
    /** Due more than {@value DueDate#DUE_SOON_DAYS} days from now. */
    ON_TIME,
    /** Due within {@value DueDate#DUE_SOON_DAYS} days, the due day included. */
    DUE_SOON,
    /** The due day has passed and it is not done. */
    OVERDUE
}
