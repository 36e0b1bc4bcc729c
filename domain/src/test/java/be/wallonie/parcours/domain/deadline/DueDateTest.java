package be.wallonie.parcours.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A deadline is on time, due soon within 30 days (the due day included), overdue the day after, or done. */
class DueDateTest {

    private static final LocalDate DUE = LocalDate.of(2024, 3, 31);
    private final DueDate due = new DueDate(DeadlineKind.RECEPTION_MODULE, DUE, null);

    @Test
    void moreThanThirtyDaysAheadIsOnTime() {
        assertThat(due.stateOn(DUE.minusDays(31))).isEqualTo(DeadlineState.ON_TIME);
    }

    @Test
    void thirtyDaysAheadIsDueSoon() {
        assertThat(due.stateOn(DUE.minusDays(30))).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(due.daysLeftOn(DUE.minusDays(30))).isEqualTo(30);
    }

    @Test
    void theDueDayIsStillDueSoon() {
        assertThat(due.stateOn(DUE)).isEqualTo(DeadlineState.DUE_SOON);
    }

    @Test
    void theDayAfterIsOverdue() {
        assertThat(due.stateOn(DUE.plusDays(1))).isEqualTo(DeadlineState.OVERDUE);
        assertThat(due.daysLeftOn(DUE.plusDays(1))).isEqualTo(-1);
    }

    @Test
    void doneIsDoneWhateverTheDayAndSaysWhetherItWasLate() {
        DueDate doneLate = new DueDate(DeadlineKind.RECEPTION_MODULE, DUE, DUE.plusDays(2));
        DueDate doneOnTime = new DueDate(DeadlineKind.RECEPTION_MODULE, DUE, DUE);

        assertThat(doneLate.stateOn(DUE.plusYears(1))).isEqualTo(DeadlineState.DONE);
        assertThat(doneLate.wasLate()).isTrue();
        assertThat(doneOnTime.wasLate()).isFalse();
        assertThat(doneOnTime.done()).contains(DUE);
    }
}
