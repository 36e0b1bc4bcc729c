package be.wallonie.parcours.domain.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The deadline schedule of a case file (<i>échéancier</i>): what {@link CaseFileDeadlines} computes from the file's
 * records and that does not depend on the day it is read, so it can be stored with the file and kept up to date by
 * every change (ADR 0017). Each deadline's due and done days, the next deadline not done yet, whether a required axis
 * is unfinished, and whether the CRI follows the file up. The rules relative to today (the work queues, the urgency
 * order) are answered here, in one place; the stored queues are their translation into date ranges.
 *
 * @param caseFileId        the file
 * @param followedUp        whether the CRI follows the file up ({@code CaseFileState#isFollowedUp})
 * @param finalDeadline     the final deadline, or {@code null} for a volunteer
 * @param receptionModule   the reception module's deadline
 * @param evaluationInterview the next evaluation interview, or {@code null} before the signature and once the person
 *                          no longer trains
 * @param citizenship       the citizenship axis's deadline, or {@code null} until it applies
 * @param french            the French axis's deadline, or {@code null} until it applies
 * @param axisUnfinished    whether a required axis is not done yet
 */
public record DeadlineSchedule(UUID caseFileId, boolean followedUp, DueDate finalDeadline, DueDate receptionModule,
        DueDate evaluationInterview, DueDate citizenship, DueDate french, boolean axisUnfinished) {

    /** The work queues' order: the earliest deadline not done yet first (none last), then the file's id. */
    public static final Comparator<DeadlineSchedule> URGENCY = Comparator
            .comparing((DeadlineSchedule schedule) -> schedule.nextDue().map(DueDate::dueOn).orElse(LocalDate.MAX))
            .thenComparing(DeadlineSchedule::caseFileId);

    public DeadlineSchedule {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(receptionModule, "receptionModule");
        requireKind(finalDeadline, DeadlineKind.FINAL);
        requireKind(receptionModule, DeadlineKind.RECEPTION_MODULE);
        requireKind(evaluationInterview, DeadlineKind.EVALUATION_INTERVIEW);
        requireKind(citizenship, DeadlineKind.CITIZENSHIP);
        requireKind(french, DeadlineKind.FRENCH);
    }

    private static void requireKind(DueDate due, DeadlineKind kind) {
        if (due != null && due.kind() != kind) {
            throw new IllegalArgumentException("expected a " + kind + " deadline, got " + due.kind());
        }
    }

    /** Every deadline that applies, in the order of {@link DeadlineKind}. */
    public Stream<DueDate> all() {
        return Stream.of(finalDeadline, receptionModule, evaluationInterview, citizenship, french)
                .filter(Objects::nonNull);
    }

    /**
     * The next deadline: the earliest one not done yet, whatever the day (a passed one included); empty when every
     * deadline is done. On a tie, the first in the order of {@link DeadlineKind}.
     */
    public Optional<DueDate> nextDue() {
        return all().filter(due -> due.doneOn() == null).min(Comparator.comparing(DueDate::dueOn));
    }

    /**
     * At risk: the file is followed up, its final deadline is within {@value CaseFileDeadlines#AT_RISK_DAYS} days (the
     * due day included, not passed), and a required axis is unfinished.
     */
    public boolean isAtRisk(LocalDate today) {
        if (!followedUp || finalDeadline == null || !axisUnfinished) {
            return false;
        }
        long daysLeft = finalDeadline.daysLeftOn(today);
        return daysLeft >= 0 && daysLeft <= CaseFileDeadlines.AT_RISK_DAYS;
    }

    /**
     * Overdue: the file is followed up and one of its deadlines has passed undone, that is its next deadline was due
     * before today.
     */
    public boolean isOverdue(LocalDate today) {
        return followedUp && nextDue().filter(due -> due.dueOn().isBefore(today)).isPresent();
    }

    /**
     * Review due: the next evaluation interview is due within {@value DueDate#DUE_SOON_DAYS} days or overdue (it is
     * never done: the interview held sets the next one).
     */
    public boolean isReviewDue(LocalDate today) {
        return evaluationInterview != null && evaluationInterview.stateOn(today) != DeadlineState.ON_TIME;
    }

    /** The last day (inclusive) of the final deadlines that put an unfinished file at risk on {@code today}. */
    public static LocalDate atRiskUntil(LocalDate today) {
        return today.plusDays(CaseFileDeadlines.AT_RISK_DAYS);
    }

    /** The last day (inclusive) of the evaluation interviews that are due for review on {@code today}. */
    public static LocalDate reviewDueUntil(LocalDate today) {
        return today.plusDays(DueDate.DUE_SOON_DAYS);
    }
}
