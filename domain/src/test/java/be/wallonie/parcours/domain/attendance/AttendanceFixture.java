package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Hours attended, recorded through the ledger as an operator's trainer would: each session on its own day, recorded
 * that day at 10:00.
 */
public final class AttendanceFixture {

    /** The trainer who records the hours in the tests. */
    public static final String TRAINER = "trainer.ili";

    private AttendanceFixture() {
    }

    /**
     * Records {@code total} hours from {@code firstDay} on, one session a day, as many hours a day as the daily maximum
     * leaves (other axes' sessions of the day included).
     *
     * @return the last recording, on the day the total is reached
     */
    public static Recording attendFrom(InMemoryAttendance attendance, Enrolment enrolment, Operator operator,
            Convention convention, LocalDate firstDay, int total) {
        AttendanceLedger ledger = attendance.ledger();
        BigDecimal remaining = BigDecimal.valueOf(total);
        LocalDate day = firstDay;
        Recording last = null;
        while (remaining.signum() > 0) {
            BigDecimal room = ledger.maxHoursPerDay()
                    .subtract(attendance.totalOnDay(enrolment.caseFile().personId(), day));
            BigDecimal hours = room.min(remaining);
            if (hours.signum() > 0) {
                last = ledger.recordSession(enrolment, operator, convention, day, new Hours(hours), TRAINER,
                        Staff.at(day));
                remaining = remaining.subtract(hours);
            }
            day = day.plusDays(1);
        }
        return last;
    }

    /**
     * Records a session of {@code hours} every week for {@code weeks} weeks from {@code firstDay}.
     *
     * @return the last recording
     */
    public static Recording weekly(InMemoryAttendance attendance, Enrolment enrolment, Operator operator,
            Convention convention, LocalDate firstDay, int weeks, Hours hours) {
        Recording last = null;
        for (int week = 0; week < weeks; week++) {
            LocalDate day = firstDay.plusWeeks(week);
            last = attendance.ledger().recordSession(enrolment, operator, convention, day, hours, TRAINER,
                    Staff.at(day));
        }
        return last;
    }
}
