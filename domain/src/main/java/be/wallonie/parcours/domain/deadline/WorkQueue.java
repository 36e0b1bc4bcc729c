package be.wallonie.parcours.domain.deadline;

import java.time.LocalDate;

/** The work queues of a CRI: the followed-up files that need attention on a day. */
public enum WorkQueue {
    /** The final deadline is within 90 days and a required axis is unfinished. */
    AT_RISK,
    /** A deadline has passed undone. */
    OVERDUE,
    /** An evaluation interview is due soon or overdue. */
    REVIEW_DUE;

    public boolean contains(DeadlineSchedule schedule, LocalDate today) {
        return switch (this) {
            case AT_RISK -> schedule.isAtRisk(today);
            case OVERDUE -> schedule.isOverdue(today);
            case REVIEW_DUE -> schedule.isReviewDue(today);
        };
    }

    public boolean contains(CaseFileDeadlines deadlines, LocalDate today) {
        return contains(deadlines.schedule(), today);
    }
}
