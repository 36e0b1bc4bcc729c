package be.wallonie.parcours.domain.attendance;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static be.wallonie.parcours.domain.attendance.AttendanceFixture.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.ClosureReason;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorFixture;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.ReceptionFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An axis is complete when derived from the ledger (domain rules §5): citizenship at 60 hours, French at 400 hours or
 * an A2 certificate, orientation at 4 hours or a release because the person works; never typed in.
 */
class AxisCompletionTest {

    private static final LocalDate START = LocalDate.of(2023, 6, 5);

    private final InMemoryAttendance attendance = new InMemoryAttendance();
    private final AttendanceLedger ledger = attendance.ledger();
    private final ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();
    private final Operator ili = OperatorFixture.iliLiege();
    private final Operator forem = OperatorFixture.foremLiege();

    private Enrolment enrol(Operator operator, Axis axis) {
        return Enrolment.enrol(signed.convention(), operator, axis, START, AGENT, at(START));
    }

    private AxisAttendance axis(Axis axis) {
        return attendance.of(signed.file()).axis(axis, ParcoursFixture.MOROCCAN_SIGNED_ON);
    }

    @Test
    void citizenshipIsCompleteAtSixtyHoursAttended() {
        Enrolment citizenship = enrol(ili, Axis.CITIZENSHIP);
        AttendanceFixture.weekly(attendance, citizenship, ili, signed.convention(), START, 14, Hours.of(4));
        LocalDate last = START.plusWeeks(14);
        ledger.recordSession(citizenship, ili, signed.convention(), last, Hours.of("3.75"), TRAINER, at(last));

        assertThat(axis(Axis.CITIZENSHIP).hoursDone()).isEqualByComparingTo("59.75");
        assertThat(axis(Axis.CITIZENSHIP).isDone()).isFalse();
        assertThat(axis(Axis.CITIZENSHIP).hoursRemaining()).isEqualByComparingTo("0.25");

        LocalDate sixtieth = last.plusWeeks(1);
        Recording recording = ledger.recordSession(citizenship, ili, signed.convention(), sixtieth, Hours.of(1),
                TRAINER, at(sixtieth));

        assertThat(recording.axis().isDone()).isTrue();
        assertThat(recording.axis().doneOn()).contains(sixtieth);
        assertThat(recording.axis().hoursDone()).isEqualByComparingTo("60.75");
        assertThat(recording.axis().hoursRemaining()).isZero();
        assertThat(recording.axis().completedBy()).isEmpty();
    }

    @Test
    void theAxisIsDoneOnTheSessionDateAtWhichTheNetTotalFirstReachesTheRequirement() {
        Enrolment citizenship = enrol(ili, Axis.CITIZENSHIP);
        AttendanceFixture.attendFrom(attendance, citizenship, ili, signed.convention(), LocalDate.of(2023, 7, 3), 56);
        // a session held earlier, posted late, brings the 60th hour forward to 9 July
        LocalDate posted = LocalDate.of(2023, 7, 20);
        ledger.recordSession(citizenship, ili, signed.convention(), START, Hours.of(4), TRAINER, at(posted));

        assertThat(axis(Axis.CITIZENSHIP).doneOn()).contains(LocalDate.of(2023, 7, 9));
    }

    @Test
    void aReversalUndoesTheCompletionOfAnAxis() {
        Enrolment citizenship = enrol(ili, Axis.CITIZENSHIP);
        AttendanceEntry last = AttendanceFixture.attendFrom(attendance, citizenship, ili, signed.convention(), START,
                60).entry();
        assertThat(axis(Axis.CITIZENSHIP).isDone()).isTrue();

        Recording reversed = ledger.reverse(citizenship, ili, signed.convention(), last, "Absent", TRAINER,
                at(LocalDate.of(2023, 7, 1)));

        assertThat(reversed.axis().isDone()).isFalse();
        assertThat(reversed.axis().hoursDone()).isEqualByComparingTo("56");
    }

    @Test
    void theHoursOfEveryOperatorOfTheAxisCount() {
        Operator cisp = OperatorFixture.cispSeraing();
        Enrolment atIli = enrol(ili, Axis.FRENCH);
        AttendanceFixture.attendFrom(attendance, atIli, ili, signed.convention(), START, 250);
        LocalDate changedOn = LocalDate.of(2023, 9, 1);
        atIli.withdraw(changedOn, "Moves to a course nearer home", AGENT, at(changedOn));
        Enrolment atCisp = Enrolment.enrol(signed.convention(), cisp, Axis.FRENCH, changedOn, AGENT, at(changedOn));
        Recording last = AttendanceFixture.attendFrom(attendance, atCisp, cisp, signed.convention(), changedOn, 150);

        assertThat(last.axis().hoursDone()).isEqualByComparingTo("400");
        assertThat(last.axis().doneOn()).contains(last.entry().sessionDate());
    }

    @Test
    void frenchIsCompleteAtFourHundredHoursAttended() {
        Enrolment french = enrol(ili, Axis.FRENCH);
        AttendanceFixture.attendFrom(attendance, french, ili, signed.convention(), START, 399);
        assertThat(axis(Axis.FRENCH).isDone()).isFalse();

        Recording last = AttendanceFixture.attendFrom(attendance, french, ili, signed.convention(), START, 1);

        assertThat(last.axis().isDone()).isTrue();
        assertThat(last.axis().hoursRequired()).isEqualByComparingTo("400");
    }

    @Test
    void frenchIsCompleteWithAnA2CertificateWhateverTheHours() {
        Enrolment french = enrol(ili, Axis.FRENCH);
        AttendanceFixture.weekly(attendance, french, ili, signed.convention(), START, 3, Hours.of(3));
        LocalDate certifiedOn = LocalDate.of(2023, 9, 15);

        Recording recording = ledger.recordFrenchCertificate(signed.convention(), CefrLevel.B1, certifiedOn,
                "Alliance française de Liège", AGENT, at(certifiedOn));

        AxisEquivalence certificate = recording.equivalence();
        assertThat(certificate.kind()).isEqualTo(AxisEquivalenceKind.FRENCH_CERTIFICATE);
        assertThat(certificate.axis()).isEqualTo(Axis.FRENCH);
        assertThat(certificate.level()).contains(CefrLevel.B1);
        assertThat(certificate.issuer()).contains("Alliance française de Liège");
        assertThat(certificate.effectiveOn()).isEqualTo(certifiedOn);
        assertThat(recording.axis().isDone()).isTrue();
        assertThat(recording.axis().doneOn()).contains(certifiedOn);
        assertThat(recording.axis().completedBy()).contains(certificate);
        assertThat(recording.axis().hoursDone()).isEqualByComparingTo("9");
        assertThat(recording.axis().hoursRemaining()).isZero();
        assertThat(signed.convention().requires(Axis.FRENCH)).as("the convention is amended").isFalse();
        assertThat(signed.file().events()).extracting(event -> event.type())
                .contains(CaseFileEventType.CONVENTION_AMENDED);
    }

    @Test
    void aCertificateBelowA2DoesNotCompleteFrench() {
        LocalDate certifiedOn = LocalDate.of(2023, 9, 15);

        assertThatThrownBy(() -> ledger.recordFrenchCertificate(signed.convention(), CefrLevel.A1, certifiedOn,
                "Alliance française de Liège", AGENT, at(certifiedOn)))
                .isInstanceOfSatisfying(AttendanceRefusedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(AttendanceRefusedException.Reason.EQUIVALENCE_NOT_APPLICABLE));
        assertThat(signed.convention().requires(Axis.FRENCH)).isTrue();
        assertThat(attendance.of(signed.file()).equivalences()).isEmpty();
    }

    @Test
    void socioProfessionalOrientationIsCompleteAtFourHours() {
        Enrolment orientation = enrol(forem, Axis.SOCIO_PROFESSIONAL);
        LocalDate day = LocalDate.of(2023, 6, 19);
        ledger.recordSession(orientation, forem, signed.convention(), day, Hours.of(3), TRAINER, at(day));
        assertThat(axis(Axis.SOCIO_PROFESSIONAL).isDone()).isFalse();

        Recording last = ledger.recordSession(orientation, forem, signed.convention(), day.plusDays(7), Hours.of(1),
                TRAINER, at(day.plusDays(7)));

        assertThat(last.axis().doneOn()).contains(day.plusDays(7));
    }

    @Test
    void aReleaseBecauseThePersonWorksCompletesSocioProfessionalOrientation() {
        LocalDate releasedOn = LocalDate.of(2023, 8, 1);

        Recording recording = ledger.recordWorkRelease(signed.convention(), releasedOn,
                "Employment contract (full time) from 2023-08-01", AGENT, at(releasedOn));

        assertThat(recording.equivalence().kind()).isEqualTo(AxisEquivalenceKind.WORK_RELEASE);
        assertThat(recording.equivalence().evidence()).contains("Employment contract (full time) from 2023-08-01");
        assertThat(recording.axis().axis()).isEqualTo(Axis.SOCIO_PROFESSIONAL);
        assertThat(recording.axis().doneOn()).contains(releasedOn);
        assertThat(signed.convention().requires(Axis.SOCIO_PROFESSIONAL)).isTrue();
    }

    @Test
    void equivalencesAreRecordedOnlyWhileTheFileIsFollowedUp() {
        LocalDate closedOn = LocalDate.of(2023, 8, 1);
        signed.file().close(ClosureReason.LEFT_BELGIUM, null, closedOn, AGENT, at(closedOn));

        assertThatThrownBy(() -> ledger.recordWorkRelease(signed.convention(), closedOn, "Contract", AGENT,
                at(closedOn))).isInstanceOfSatisfying(AttendanceRefusedException.class,
                        refused -> assertThat(
                                refused.reason()).isEqualTo(AttendanceRefusedException.Reason.FILE_NOT_IN_PROGRESS));
    }

    @Test
    void theParcoursIsDoneOnlyWhenEveryRequiredAxisIs() {
        Enrolment citizenship = enrol(ili, Axis.CITIZENSHIP);
        Recording recording = AttendanceFixture.attendFrom(attendance, citizenship, ili, signed.convention(), START,
                60);

        assertThat(recording.axis().isDone()).isTrue();
        assertThat(recording.parcoursDone()).isFalse();
        assertThat(ledger.completeParcoursIfDone(signed.convention(), AGENT, at(LocalDate.of(2023, 7, 1))))
                .isFalse();
        assertThat(signed.file().state()).isEqualTo(CaseFileState.IN_PROGRESS);
    }

    @Test
    void theLedgerCompletesTheParcoursOnTheDayTheLastRequiredAxisIsDone() {
        ParcoursFixture volunteer = ParcoursFixture.signedForTurkishVolunteer();
        LocalDate sessionOn = LocalDate.of(2025, 3, 10);
        volunteer.reception().recordRightsAndDutiesSession(ReceptionFixture.groupSessionWithInterpreter(sessionOn),
                AGENT, at(sessionOn));
        Enrolment citizenship = Enrolment.enrol(volunteer.convention(), ili, Axis.CITIZENSHIP, sessionOn, AGENT,
                at(sessionOn));
        Recording last = AttendanceFixture.weekly(attendance, citizenship, ili, volunteer.convention(), sessionOn, 15,
                Hours.of(4));
        LocalDate sixtiethHour = sessionOn.plusWeeks(14);
        assertThat(last.parcoursDone()).isTrue();
        assertThat(volunteer.file().state()).as("a recording leaves the state alone").isEqualTo(
                CaseFileState.IN_PROGRESS);

        boolean completed = ledger.completeParcoursIfDone(volunteer.convention(), TRAINER, at(sixtiethHour));

        assertThat(completed).isTrue();
        assertThat(volunteer.file().state()).isEqualTo(CaseFileState.COMPLETED);
        assertThat(volunteer.file().completedOn()).contains(sixtiethHour);
        assertThat(ledger.completeParcoursIfDone(volunteer.convention(), TRAINER, at(sixtiethHour))).isFalse();
        assertThatThrownBy(() -> ledger.recordSession(citizenship, ili, volunteer.convention(), sixtiethHour,
                Hours.of(1), TRAINER, at(sixtiethHour))).isInstanceOf(AttendanceRefusedException.class);
    }

    @Test
    void theThresholdsAreThoseInForceAtTheSignature() {
        assertThat(axis(Axis.CITIZENSHIP).requirement().legalSource()).contains("8 November 2018");
        assertThat(axis(Axis.SOCIO_PROFESSIONAL).hoursRequired()).isEqualByComparingTo("4");
        assertThatThrownBy(() -> axis(Axis.RECEPTION)).isInstanceOf(IllegalArgumentException.class);
    }
}
