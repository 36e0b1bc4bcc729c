package be.wallonie.parcours.domain.attendance;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static be.wallonie.parcours.domain.attendance.AttendanceFixture.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorFixture;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A correction is a new entry that adjusts or reverses a session, with its author and reason; nothing is deleted. */
class AttendanceCorrectionTest {

    private static final LocalDate START = LocalDate.of(2023, 6, 5);
    private static final LocalDate SESSION = LocalDate.of(2023, 6, 12);
    private static final LocalDate NOTICED = LocalDate.of(2023, 6, 20);

    private final InMemoryAttendance attendance = new InMemoryAttendance();
    private final AttendanceLedger ledger = attendance.ledger();
    private final ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();
    private final Operator ili = OperatorFixture.iliLiege();
    private final Enrolment citizenship = Enrolment.enrol(signed.convention(), ili, Axis.CITIZENSHIP, START, AGENT,
            at(START));
    private final AttendanceEntry session = ledger.recordSession(citizenship, ili, signed.convention(), SESSION,
            Hours.of(4), TRAINER, at(SESSION)).entry();

    @Test
    void aCorrectionNeverDeletesTheEntryItCorrects() {
        Recording corrected = ledger.correct(citizenship, ili, signed.convention(), session, Hours.of("2.5"),
                "Left at the break", "trainer.other", at(NOTICED));

        AttendanceEntry correction = corrected.entry();
        assertThat(attendance.all()).containsExactly(session, correction);
        assertThat(session.hours()).isEqualByComparingTo("4");
        assertThat(correction.kind()).isEqualTo(AttendanceEntryKind.CORRECTION);
        assertThat(correction.corrects()).contains(session.id());
        assertThat(correction.hours()).isEqualByComparingTo("-1.5");
        assertThat(correction.sessionDate()).isEqualTo(SESSION);
        assertThat(correction.reason()).contains("Left at the break");
        assertThat(correction.recordedBy()).isEqualTo("trainer.other");
        assertThat(correction.recordedAt()).isEqualTo(at(NOTICED));
        assertThat(attendance.netHoursOf(session.id())).isEqualByComparingTo("2.5");
        assertThat(corrected.axis().hoursDone()).isEqualByComparingTo("2.5");
    }

    @Test
    void aReversalBringsTheSessionToZeroHours() {
        ledger.correct(citizenship, ili, signed.convention(), session, Hours.of(5), "Stayed for the workshop",
                TRAINER, at(NOTICED));

        Recording reversed = ledger.reverse(citizenship, ili, signed.convention(), session, "Absent that day",
                TRAINER, at(NOTICED));

        assertThat(reversed.entry().hours()).isEqualByComparingTo("-5");
        assertThat(attendance.netHoursOf(session.id())).isZero();
        assertThat(attendance.totalOnDay(signed.file().personId(), SESSION)).isZero();
        assertThat(attendance.all()).hasSize(3);
    }

    @Test
    void aCorrectionStatesItsReason() {
        assertThatThrownBy(() -> ledger.reverse(citizenship, ili, signed.convention(), session, " ", TRAINER,
                at(NOTICED))).isInstanceOfSatisfying(InvalidValueException.class,
                        invalid -> assertThat(invalid.violations()).extracting(InvalidValueException.Violation::field)
                                .containsExactly("reason"));
        assertThat(attendance.all()).containsExactly(session);
    }

    @Test
    void aCorrectionThatWouldMakeTheHoursNegativeIsRefused() {
        assertThatThrownBy(() -> ledger.adjust(citizenship, ili, signed.convention(), session, new BigDecimal("-4.25"),
                "Typing error", TRAINER, at(NOTICED))).isInstanceOfSatisfying(AttendanceRefusedException.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(AttendanceRefusedException.Reason.NET_HOURS_OUT_OF_RANGE));
        assertThat(ledger.adjust(citizenship, ili, signed.convention(), session, new BigDecimal("-4"), "Typing error",
                TRAINER, at(NOTICED)).entry().hours()).isEqualByComparingTo("-4");
    }

    @Test
    void aCorrectionChangesSomething() {
        assertThatThrownBy(() -> ledger.correct(citizenship, ili, signed.convention(), session, Hours.of(4),
                "Same again", TRAINER, at(NOTICED))).isInstanceOfSatisfying(AttendanceRefusedException.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(AttendanceRefusedException.Reason.NOTHING_TO_CORRECT));
    }

    @Test
    void anEntryIsCorrectedOnlyThroughItsOwnEnrolment() {
        Enrolment french = Enrolment.enrol(signed.convention(), ili, Axis.FRENCH, START, AGENT, at(START));

        assertThatThrownBy(() -> ledger.reverse(french, ili, signed.convention(), session, "Wrong axis", TRAINER,
                at(NOTICED))).isInstanceOfSatisfying(AttendanceRefusedException.class,
                        refused -> assertThat(
                                refused.reason()).isEqualTo(AttendanceRefusedException.Reason.OTHER_ENROLMENT));
    }

    @Test
    void aCorrectionIsNotCorrectedItself() {
        AttendanceEntry correction = ledger.correct(citizenship, ili, signed.convention(), session, Hours.of(3),
                "Left early", TRAINER, at(NOTICED)).entry();

        assertThatThrownBy(() -> ledger.reverse(citizenship, ili, signed.convention(), correction, "Undo",
                TRAINER, at(NOTICED))).isInstanceOfSatisfying(AttendanceRefusedException.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(AttendanceRefusedException.Reason.CORRECTION_OF_A_CORRECTION));
        assertThat(ledger.correct(citizenship, ili, signed.convention(), session, Hours.of(4), "Stayed after all",
                TRAINER, at(NOTICED)).entry().hours()).isEqualByComparingTo("1");
    }

    @Test
    void aCorrectionUpwardsStaysWithinTheDailyMaximum() {
        assertThatThrownBy(() -> ledger.correct(citizenship, ili, signed.convention(), session, Hours.of(9),
                "Long day", TRAINER, at(NOTICED))).isInstanceOfSatisfying(AttendanceRefusedException.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(AttendanceRefusedException.Reason.DAILY_MAXIMUM_EXCEEDED));
        assertThat(ledger.correct(citizenship, ili, signed.convention(), session, Hours.of(8), "Long day", TRAINER,
                at(NOTICED)).entry().hours()).isEqualByComparingTo("4");
    }
}
