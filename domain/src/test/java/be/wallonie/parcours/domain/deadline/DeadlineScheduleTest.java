package be.wallonie.parcours.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.ParcoursFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deadline schedule stored with a case file: what does not depend on the day, and the rules relative to today
 * answered from it alone. The work queues' SQL is the date-range translation of these rules.
 */
class DeadlineScheduleTest {

    private static final UUID FILE = UUID.fromString("0b8f3c1e-4a5d-4c1f-9a51-2f0c6d7e8a90");
    private static final LocalDate FINAL = LocalDate.of(2026, 9, 10);
    private static final LocalDate RECEPTION = LocalDate.of(2025, 6, 1);
    private static final LocalDate INTERVIEW = LocalDate.of(2026, 3, 15);

    private static DeadlineSchedule schedule(boolean followedUp, LocalDate receptionDoneOn, LocalDate interviewDueOn,
            boolean axisUnfinished) {
        return new DeadlineSchedule(FILE, followedUp, new DueDate(DeadlineKind.FINAL, FINAL, null),
                new DueDate(DeadlineKind.RECEPTION_MODULE, RECEPTION, receptionDoneOn),
                interviewDueOn == null ? null : new DueDate(DeadlineKind.EVALUATION_INTERVIEW, interviewDueOn, null),
                null, null, axisUnfinished);
    }

    @Test
    void theNextDueIsTheEarliestDeadlineNotDoneWhateverTheDay() {
        assertThat(schedule(true, null, INTERVIEW, true).nextDue()).map(DueDate::kind)
                .contains(DeadlineKind.RECEPTION_MODULE);
        assertThat(schedule(true, RECEPTION, INTERVIEW, true).nextDue()).map(DueDate::kind)
                .contains(DeadlineKind.EVALUATION_INTERVIEW);
        assertThat(schedule(true, RECEPTION, null, true).nextDue()).map(DueDate::dueOn).contains(FINAL);
    }

    @Test
    void aFileIsOverdueFromTheDayAfterItsNextDueWhileFollowedUp() {
        DeadlineSchedule schedule = schedule(true, null, INTERVIEW, true);
        assertThat(schedule.isOverdue(RECEPTION)).isFalse();
        assertThat(schedule.isOverdue(RECEPTION.plusDays(1))).isTrue();
        assertThat(schedule(false, null, null, true).isOverdue(RECEPTION.plusDays(1))).isFalse();
    }

    @Test
    void aFileIsAtRiskFromNinetyDaysBeforeItsFinalDeadlineUntilItWhileAnAxisIsUnfinished() {
        DeadlineSchedule schedule = schedule(true, RECEPTION, null, true);
        assertThat(schedule.isAtRisk(FINAL.minusDays(91))).isFalse();
        assertThat(schedule.isAtRisk(FINAL.minusDays(90))).isTrue();
        assertThat(schedule.isAtRisk(FINAL)).isTrue();
        assertThat(schedule.isAtRisk(FINAL.plusDays(1))).isFalse();
        assertThat(schedule(true, RECEPTION, null, false).isAtRisk(FINAL)).isFalse();
        assertThat(schedule(false, RECEPTION, null, true).isAtRisk(FINAL)).isFalse();
    }

    @Test
    void aReviewIsDueFromThirtyDaysBeforeTheNextInterviewAndStaysDueOncePassed() {
        DeadlineSchedule schedule = schedule(true, RECEPTION, INTERVIEW, true);
        assertThat(schedule.isReviewDue(INTERVIEW.minusDays(31))).isFalse();
        assertThat(schedule.isReviewDue(INTERVIEW.minusDays(30))).isTrue();
        assertThat(schedule.isReviewDue(INTERVIEW.plusDays(100))).isTrue();
        assertThat(schedule(true, RECEPTION, null, true).isReviewDue(INTERVIEW)).isFalse();
    }

    @Test
    void theQueuesAreTheDateRangesOfTheRules() {
        DeadlineSchedule schedule = schedule(true, null, INTERVIEW, true);
        Stream.iterate(RECEPTION.minusDays(200), day -> day.plusDays(7)).limit(120).forEach(today -> {
            LocalDate next = schedule.nextDue().orElseThrow().dueOn();
            assertThat(schedule.isOverdue(today)).isEqualTo(next.isBefore(today));
            assertThat(schedule.isAtRisk(today)).isEqualTo(
                    !FINAL.isBefore(today) && !FINAL.isAfter(DeadlineSchedule.atRiskUntil(today)));
            assertThat(schedule.isReviewDue(today))
                    .isEqualTo(!INTERVIEW.isAfter(DeadlineSchedule.reviewDueUntil(today)));
        });
    }

    @Test
    void theMostUrgentFileIsTheOneWhoseNextDeadlineComesFirstThenByIdAndAFileWithNoneComesLast() {
        UUID first = new UUID(0, 1);
        UUID second = new UUID(0, 2);
        DeadlineSchedule early = new DeadlineSchedule(second, true, null,
                new DueDate(DeadlineKind.RECEPTION_MODULE, RECEPTION, null), null, null, null, true);
        DeadlineSchedule sameDay = new DeadlineSchedule(first, true, null,
                new DueDate(DeadlineKind.RECEPTION_MODULE, RECEPTION, null), null, null, null, true);
        DeadlineSchedule allDone = new DeadlineSchedule(first, true, null,
                new DueDate(DeadlineKind.RECEPTION_MODULE, RECEPTION.minusYears(1), RECEPTION), null, null, null,
                false);
        assertThat(Stream.of(allDone, early, sameDay).sorted(DeadlineSchedule.URGENCY).toList())
                .containsExactly(sameDay, early, allDone);
    }

    @Test
    void eachDeadlineOfTheScheduleIsOfItsKind() {
        assertThatThrownBy(() -> new DeadlineSchedule(FILE, true, new DueDate(DeadlineKind.FRENCH, FINAL, null),
                new DueDate(DeadlineKind.RECEPTION_MODULE, RECEPTION, null), null, null, null, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDeadlinesComputedForAFileAreItsScheduleAndAnswerTheQueuesAlike() {
        ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();
        CaseFileDeadlines deadlines = CaseFileDeadlines.of(signed.file(), signed.reception(), signed.convention(),
                List.of(), List.of(), be.wallonie.parcours.domain.attendance.Attendance.none());
        DeadlineSchedule schedule = deadlines.schedule();
        assertThat(schedule.all().toList()).isEqualTo(deadlines.all());
        Stream.iterate(signed.file().openedOn(), day -> day.plusDays(11)).limit(100).forEach(today -> {
            for (WorkQueue queue : WorkQueue.values()) {
                assertThat(queue.contains(schedule, today)).isEqualTo(queue.contains(deadlines, today));
            }
        });
    }
}
