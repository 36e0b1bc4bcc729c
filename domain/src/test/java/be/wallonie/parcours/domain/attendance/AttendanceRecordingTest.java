package be.wallonie.parcours.domain.attendance;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static be.wallonie.parcours.domain.attendance.AttendanceFixture.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.casefile.ClosureReason;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorFixture;
import be.wallonie.parcours.domain.reception.CefrLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** An operator records the hours of the sessions of the persons enrolled with it, within the rules. */
class AttendanceRecordingTest {

    private static final LocalDate START = LocalDate.of(2023, 6, 5);
    private static final LocalDate SESSION = LocalDate.of(2023, 6, 12);

    private final InMemoryAttendance attendance = new InMemoryAttendance();
    private final AttendanceLedger ledger = attendance.ledger();
    private final ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();
    private final Operator ili = OperatorFixture.iliLiege();
    private final Enrolment citizenship = Enrolment.enrol(signed.convention(), ili, Axis.CITIZENSHIP, START, AGENT,
            at(START));

    private Recording record(Enrolment enrolment, Operator operator, LocalDate day, String hours) {
        return ledger.recordSession(enrolment, operator, signed.convention(), day, Hours.of(hours), TRAINER, at(day));
    }

    private static void assertRefused(ThrowingCallable recording, AttendanceRefusedException.Reason reason) {
        assertThatThrownBy(recording).isInstanceOfSatisfying(AttendanceRefusedException.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.code()).isEqualTo("ATTENDANCE_REFUSED." + reason);
        });
    }

    @Test
    void aSessionIsRecordedWithItsEnrolmentOperatorAxisAuthorAndTime() {
        Recording recording = record(citizenship, ili, SESSION, "2.75");

        AttendanceEntry entry = recording.entry();
        assertThat(entry.kind()).isEqualTo(AttendanceEntryKind.SESSION);
        assertThat(entry.enrolmentId()).isEqualTo(citizenship.id());
        assertThat(entry.caseFileId()).isEqualTo(signed.file().id());
        assertThat(entry.personId()).isEqualTo(signed.file().personId());
        assertThat(entry.operatorCode()).isEqualTo("ILI-LIEGE-01");
        assertThat(entry.axis()).isEqualTo(Axis.CITIZENSHIP);
        assertThat(entry.sessionDate()).isEqualTo(SESSION);
        assertThat(entry.hours()).isEqualByComparingTo("2.75");
        assertThat(entry.recordedBy()).isEqualTo(TRAINER);
        assertThat(entry.recordedAt()).isEqualTo(at(SESSION));
        assertThat(entry.corrects()).isEmpty();
        assertThat(entry.reason()).isEmpty();
        assertThat(attendance.all()).containsExactly(entry);
        assertThat(recording.axis().hoursDone()).isEqualByComparingTo("2.75");
        assertThat(recording.axis().hoursRemaining()).isEqualByComparingTo("57.25");
        assertThat(recording.parcoursDone()).isFalse();
    }

    @Test
    void onlyTheEnrolmentsOperatorRecordsItsHours() {
        assertThat(AttendanceLedger.isRecordableBy("ILI-LIEGE-01", citizenship)).isTrue();
        assertThat(AttendanceLedger.isRecordableBy("FOREM-LIEGE", citizenship)).isFalse();
        assertThat(AttendanceLedger.isRecordableBy(null, citizenship)).isFalse();
        assertRefused(() -> AttendanceLedger.requireRecordableBy("FOREM-LIEGE", citizenship),
                AttendanceRefusedException.Reason.NOT_THE_ENROLMENT_OPERATOR);
        assertRefused(() -> record(citizenship, OperatorFixture.foremLiege(), SESSION, "2"),
                AttendanceRefusedException.Reason.NOT_THE_ENROLMENT_OPERATOR);
    }

    @Test
    void anOperatorCannotRecordForAnAxisItIsNotRecognisedFor() {
        ili.withdrawRecognition(Axis.CITIZENSHIP);

        assertRefused(() -> record(citizenship, ili, SESSION, "2"),
                AttendanceRefusedException.Reason.OPERATOR_NOT_RECOGNISED);
        assertThat(attendance.all()).isEmpty();
    }

    @Test
    void noHoursAreRecordedForAnAxisTheConventionNoLongerRequires() {
        Enrolment french = Enrolment.enrol(signed.convention(), ili, Axis.FRENCH, START, AGENT, at(START));
        signed.convention().recordFrenchCertificate(CefrLevel.A2, SESSION, AGENT, at(SESSION));

        assertRefused(() -> record(french, ili, SESSION, "2"), AttendanceRefusedException.Reason.AXIS_NOT_REQUIRED);
    }

    @Test
    void theConventionMustBeThatOfTheEnrolmentsCaseFile() {
        ParcoursFixture other = ParcoursFixture.signedForObligedMoroccan();

        assertRefused(() -> ledger.recordSession(citizenship, ili, other.convention(), SESSION, Hours.of(2), TRAINER,
                at(SESSION)), AttendanceRefusedException.Reason.OTHER_CASE_FILE);
    }

    @Test
    void hoursAreRecordedOnlyWhileTheFileIsInProgress() {
        LocalDate suspendedOn = LocalDate.of(2023, 7, 1);
        signed.file().suspend("Hospitalised", suspendedOn, AGENT, at(suspendedOn));
        assertRefused(() -> record(citizenship, ili, SESSION, "2"),
                AttendanceRefusedException.Reason.FILE_NOT_IN_PROGRESS);

        signed.file().resume(LocalDate.of(2023, 8, 1), AGENT, at(LocalDate.of(2023, 8, 1)));
        assertThat(record(citizenship, ili, SESSION, "2").entry()).isNotNull();

        signed.file().close(ClosureReason.LEFT_BELGIUM, null, LocalDate.of(2023, 9, 1), AGENT,
                at(LocalDate.of(2023, 9, 1)));
        assertRefused(() -> record(citizenship, ili, SESSION.plusDays(1), "2"),
                AttendanceRefusedException.Reason.FILE_NOT_IN_PROGRESS);
    }

    @Test
    void aSessionIsWithinTheEnrolment() {
        assertRefused(() -> record(citizenship, ili, START.minusDays(1), "2"),
                AttendanceRefusedException.Reason.BEFORE_ENROLMENT_START);
        assertThat(record(citizenship, ili, START, "2").entry()).isNotNull();

        LocalDate withdrawnOn = LocalDate.of(2023, 7, 3);
        citizenship.withdraw(withdrawnOn, "Changes operator", AGENT, at(withdrawnOn));
        assertThat(ledger.recordSession(citizenship, ili, signed.convention(), withdrawnOn, Hours.of(2), TRAINER,
                at(LocalDate.of(2023, 7, 10))).entry()).as("posted late, held before the end").isNotNull();
        assertRefused(() -> record(citizenship, ili, withdrawnOn.plusDays(1), "2"),
                AttendanceRefusedException.Reason.AFTER_ENROLMENT_END);
    }

    @Test
    void aSessionInTheFutureIsRefused() {
        assertRefused(() -> ledger.recordSession(citizenship, ili, signed.convention(), SESSION.plusDays(1),
                Hours.of(2), TRAINER, at(SESSION)), AttendanceRefusedException.Reason.SESSION_IN_FUTURE);
    }

    @Test
    void hoursBeyondTheDailyMaximumAreRefused() {
        Enrolment orientation = Enrolment.enrol(signed.convention(), OperatorFixture.foremLiege(),
                Axis.SOCIO_PROFESSIONAL, START, AGENT, at(START));
        record(citizenship, ili, SESSION, "5");

        assertRefused(() -> record(orientation, OperatorFixture.foremLiege(), SESSION, "3.25"),
                AttendanceRefusedException.Reason.DAILY_MAXIMUM_EXCEEDED);
        assertThat(record(orientation, OperatorFixture.foremLiege(), SESSION, "3").entry()).isNotNull();
        assertRefused(() -> record(citizenship, ili, SESSION, "0.25"),
                AttendanceRefusedException.Reason.DAILY_MAXIMUM_EXCEEDED);
        assertThat(attendance.totalOnDay(signed.file().personId(), SESSION)).isEqualByComparingTo("8");
    }

    @Test
    void theDailyMaximumIsASetting() {
        AttendanceLedger longDays = new AttendanceLedger(attendance, attendance.equivalences(),
                new BigDecimal("10"));

        assertThat(longDays.recordSession(citizenship, ili, signed.convention(), SESSION, Hours.of(10), TRAINER,
                at(SESSION)).entry()).isNotNull();
        assertThatThrownBy(() -> new AttendanceLedger(attendance, attendance.equivalences(), new BigDecimal("7.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hoursAreRecordedInQuarterHours() {
        assertThatThrownBy(() -> Hours.of("1.1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(record(citizenship, ili, SESSION, "1.25").entry().hours()).isEqualByComparingTo("1.25");
    }
}
