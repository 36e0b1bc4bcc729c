package be.wallonie.parcours.domain.deadline;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.AttendanceFixture;
import be.wallonie.parcours.domain.attendance.InMemoryAttendance;
import be.wallonie.parcours.domain.casefile.ClosureReason;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The work queues of a CRI: at risk (final deadline within 90 days, a required axis unfinished), overdue (a deadline
 * passed undone), review due (an evaluation interview due within 30 days or overdue). The Moroccan newcomer's final
 * deadline is 2024-09-10; the convention was signed on 2023-05-22.
 */
class WorkQueueTest {

    private static final LocalDate FINAL_DEADLINE = LocalDate.of(2024, 9, 10);
    private static final LocalDate CITIZENSHIP_START = LocalDate.of(2023, 6, 5);

    private final ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();
    private final List<Enrolment> enrolments = new ArrayList<>();
    private final InMemoryAttendance attendance = new InMemoryAttendance();

    private CaseFileDeadlines deadlines() {
        return CaseFileDeadlines.of(signed.file(), signed.reception(), signed.convention(), enrolments, List.of(),
                attendance.of(signed.file()));
    }

    private EnumSet<WorkQueue> queuesOn(LocalDate day) {
        EnumSet<WorkQueue> queues = EnumSet.noneOf(WorkQueue.class);
        for (WorkQueue queue : WorkQueue.values()) {
            if (queue.contains(deadlines(), day)) {
                queues.add(queue);
            }
        }
        return queues;
    }

    private void enrolEverywhereAndComplete(LocalDate completedOn) {
        Operator ili = OperatorFixture.iliLiege();
        Operator forem = OperatorFixture.foremLiege();
        enrolments.add(Enrolment.enrol(signed.convention(), ili, Axis.CITIZENSHIP, CITIZENSHIP_START, AGENT,
                at(CITIZENSHIP_START)));
        enrolments.add(Enrolment.enrol(signed.convention(), ili, Axis.FRENCH, CITIZENSHIP_START, AGENT,
                at(CITIZENSHIP_START)));
        enrolments.add(Enrolment.enrol(signed.convention(), forem, Axis.SOCIO_PROFESSIONAL, CITIZENSHIP_START, AGENT,
                at(CITIZENSHIP_START)));
        AttendanceFixture.attendFrom(attendance, enrolments.get(0), ili, signed.convention(), CITIZENSHIP_START, 60);
        AttendanceFixture.attendFrom(attendance, enrolments.get(1), ili, signed.convention(), CITIZENSHIP_START, 400);
        AttendanceFixture.attendFrom(attendance, enrolments.get(2), forem, signed.convention(), CITIZENSHIP_START, 4);
        enrolments.forEach(enrolment -> enrolment.complete(completedOn, AGENT, at(completedOn)));
    }

    @Test
    void aFileIsAtRiskFromNinetyDaysBeforeItsFinalDeadlineWhileAnAxisIsUnfinished() {
        assertThat(deadlines().isAtRisk(FINAL_DEADLINE.minusDays(91))).isFalse();
        assertThat(deadlines().isAtRisk(FINAL_DEADLINE.minusDays(90))).isTrue();
        assertThat(deadlines().isAtRisk(FINAL_DEADLINE)).isTrue();
    }

    @Test
    void aFileWhoseFinalDeadlinePassedIsOverdueRatherThanAtRisk() {
        assertThat(queuesOn(FINAL_DEADLINE.plusDays(1))).contains(WorkQueue.OVERDUE).doesNotContain(WorkQueue.AT_RISK);
    }

    @Test
    void aFileWithEveryAxisDoneIsNotAtRisk() {
        enrolEverywhereAndComplete(LocalDate.of(2024, 6, 1));

        assertThat(deadlines().progress().unfinished()).isEmpty();
        assertThat(deadlines().isAtRisk(FINAL_DEADLINE.minusDays(10))).isFalse();
    }

    @Test
    void anUnfinishedAxisPastItsDueDateIsOverdue() {
        enrolments.add(Enrolment.enrol(signed.convention(), OperatorFixture.iliLiege(), Axis.CITIZENSHIP,
                CITIZENSHIP_START, AGENT, at(CITIZENSHIP_START)));

        assertThat(deadlines().isOverdue(LocalDate.of(2023, 10, 5))).isFalse();
        assertThat(deadlines().isOverdue(LocalDate.of(2023, 10, 6))).isTrue();
    }

    @Test
    void anInterviewDueWithinThirtyDaysIsAReview() {
        assertThat(deadlines().nextEvaluationInterview()).map(DueDate::dueOn).contains(LocalDate.of(2023, 11, 22));
        assertThat(queuesOn(LocalDate.of(2023, 10, 22))).isEmpty();
        assertThat(queuesOn(LocalDate.of(2023, 10, 23))).containsExactly(WorkQueue.REVIEW_DUE);
        assertThat(queuesOn(LocalDate.of(2023, 11, 23))).containsExactly(WorkQueue.OVERDUE, WorkQueue.REVIEW_DUE);
    }

    @Test
    void aSuspendedFileStaysAtRiskButHasNoReviewDue() {
        LocalDate suspendedOn = LocalDate.of(2023, 10, 1);
        signed.file().suspend("Hospitalised", suspendedOn, AGENT, at(suspendedOn));

        assertThat(queuesOn(LocalDate.of(2023, 11, 23))).isEmpty();
        assertThat(queuesOn(FINAL_DEADLINE.minusDays(30))).containsExactly(WorkQueue.AT_RISK);
    }

    @Test
    void closedAndCompletedFilesAreInNoQueue() {
        enrolEverywhereAndComplete(LocalDate.of(2024, 6, 1));
        AxisProgress.of(signed.file(), signed.reception(), signed.convention(), enrolments,
                attendance.of(signed.file()))
                .completeParcours(LocalDate.of(2024, 6, 1), AGENT, at(LocalDate.of(2024, 6, 1)));
        assertThat(queuesOn(FINAL_DEADLINE.plusYears(1))).isEmpty();

        ParcoursFixture closed = ParcoursFixture.signedForObligedMoroccan();
        closed.file().close(ClosureReason.LEFT_BELGIUM, null, LocalDate.of(2023, 7, 1), AGENT,
                at(LocalDate.of(2023, 7, 1)));
        assertThat(CaseFileDeadlines.of(closed.file(), closed.reception(), closed.convention(), List.of(), List.of(),
                Attendance.none())
                .isOverdue(FINAL_DEADLINE.plusYears(1))).isFalse();
    }

    @Test
    void aVolunteerIsNeverAtRisk() {
        ParcoursFixture volunteer = ParcoursFixture.signedForTurkishVolunteer();

        assertThat(CaseFileDeadlines.of(volunteer.file(), volunteer.reception(), volunteer.convention(), List.of(),
                List.of(), Attendance.none()).isAtRisk(LocalDate.of(2028, 3, 1))).isFalse();
    }

    @Test
    void beforeTheSignatureTheAxesTheDecreeRequiresCount() {
        ParcoursFixture proposed = ParcoursFixture.proposedForObligedMoroccan();
        CaseFileDeadlines deadlines = CaseFileDeadlines.of(proposed.file(), proposed.reception(),
                proposed.convention(), List.of(), List.of(), Attendance.none());

        assertThat(deadlines.progress().unfinished()).containsExactly(Axis.CITIZENSHIP);
        assertThat(deadlines.isAtRisk(FINAL_DEADLINE.minusDays(1))).isTrue();
    }
}
