package be.wallonie.parcours.domain.deadline;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.AttendanceFixture;
import be.wallonie.parcours.domain.attendance.InMemoryAttendance;
import be.wallonie.parcours.domain.casefile.CaseFileFixture;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.IllegalTransitionException;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.OperatorFixture;
import be.wallonie.parcours.domain.reception.ReceptionFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parcours is completed when every required axis is done, and not before. */
class AxisProgressTest {

    private final InMemoryAttendance attendance = new InMemoryAttendance();

    private static final LocalDate START = LocalDate.of(2023, 6, 5);
    private static final LocalDate DONE = LocalDate.of(2024, 5, 31);

    @Test
    void beforeTheSignatureTheDecreeRequiresReceptionAndCitizenshipOfAnObligedPerson() {
        assertThat(AxisProgress.of(CaseFileFixture.obligedMoroccanOpened(), null, null, List.of(), Attendance.none())
                .required())
                .containsExactly(Axis.RECEPTION, Axis.CITIZENSHIP);
        assertThat(AxisProgress.of(CaseFileFixture.turkishVolunteerOpened(), null, null, List.of(), Attendance.none())
                .required())
                .containsExactly(Axis.RECEPTION);
    }

    @Test
    void onceSignedTheConventionSaysWhichAxesAreRequired() {
        ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();

        AxisProgress progress = AxisProgress.of(signed.file(), signed.reception(), signed.convention(), List.of(),
                Attendance.none());

        assertThat(progress.required()).containsExactly(Axis.RECEPTION, Axis.CITIZENSHIP, Axis.FRENCH,
                Axis.SOCIO_PROFESSIONAL);
        assertThat(progress.isDone(Axis.RECEPTION)).isTrue();
        assertThat(progress.doneOn(Axis.RECEPTION)).contains(LocalDate.of(2023, 5, 8));
        assertThat(progress.unfinished()).containsExactly(Axis.CITIZENSHIP, Axis.FRENCH, Axis.SOCIO_PROFESSIONAL);
    }

    @Test
    void theParcoursIsNotCompletedWhileAnAxisIsUnfinished() {
        ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();
        Enrolment citizenship = Enrolment.enrol(signed.convention(), OperatorFixture.iliLiege(), Axis.CITIZENSHIP,
                START, AGENT, at(START));
        AttendanceFixture.attendFrom(attendance, citizenship, OperatorFixture.iliLiege(), signed.convention(), START,
                60);
        AxisProgress progress = AxisProgress.of(signed.file(), signed.reception(), signed.convention(),
                List.of(citizenship), attendance.of(signed.file()));

        assertThatThrownBy(() -> progress.completeParcours(DONE, AGENT, at(DONE)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                    assertThat(refused.from()).isEqualTo(CaseFileState.IN_PROGRESS);
                    assertThat(refused.to()).isEqualTo(CaseFileState.COMPLETED);
                    assertThat(refused.reason()).isEqualTo(IllegalTransitionException.Reason.AXES_UNFINISHED);
                    assertThat(refused.arguments()).containsEntry("unfinished",
                            List.of(Axis.FRENCH, Axis.SOCIO_PROFESSIONAL));
                });
        assertThat(signed.file().state()).isEqualTo(CaseFileState.IN_PROGRESS);
    }

    @Test
    void theParcoursIsNotCompletedBeforeTheSignature() {
        ParcoursFixture proposed = ParcoursFixture.proposedForObligedMoroccan();

        assertThatThrownBy(() -> AxisProgress.of(proposed.file(), proposed.reception(), proposed.convention(),
                List.of(), Attendance.none()).completeParcours(DONE, AGENT, at(DONE)))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(IllegalTransitionException.Reason.CONVENTION_NOT_SIGNED));
    }

    @Test
    void theParcoursIsCompletedWhenEveryRequiredAxisIsDone() {
        ParcoursFixture volunteer = ParcoursFixture.signedForTurkishVolunteer();
        LocalDate sessionOn = LocalDate.of(2025, 3, 10);
        volunteer.reception().recordRightsAndDutiesSession(
                ReceptionFixture.groupSessionWithInterpreter(sessionOn), AGENT,
                at(sessionOn));
        Enrolment citizenship = Enrolment.enrol(volunteer.convention(), OperatorFixture.iliLiege(),
                Axis.CITIZENSHIP, sessionOn, AGENT, at(sessionOn));
        AttendanceFixture.weekly(attendance, citizenship, OperatorFixture.iliLiege(), volunteer.convention(),
                sessionOn, 15, Hours.of(4));

        AxisProgress.of(volunteer.file(), volunteer.reception(), volunteer.convention(), List.of(citizenship),
                attendance.of(volunteer.file()))
                .completeParcours(LocalDate.of(2025, 7, 1), AGENT, at(LocalDate.of(2025, 7, 1)));

        assertThat(volunteer.file().state()).isEqualTo(CaseFileState.COMPLETED);
        assertThat(volunteer.file().completedOn()).contains(LocalDate.of(2025, 7, 1));
    }

    @Test
    void eachAxisShowsItsHoursDoneRequiredAndRemaining() {
        ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();
        Enrolment french = Enrolment.enrol(signed.convention(), OperatorFixture.iliLiege(), Axis.FRENCH, START, AGENT,
                at(START));
        AttendanceFixture.weekly(attendance, french, OperatorFixture.iliLiege(), signed.convention(), START, 10,
                Hours.of("2.75"));

        AxisProgress progress = AxisProgress.of(signed.file(), signed.reception(), signed.convention(),
                List.of(french), attendance.of(signed.file()));

        assertThat(progress.hoursDone(Axis.FRENCH)).isEqualByComparingTo("27.5");
        assertThat(progress.hoursRequired(Axis.FRENCH)).isEqualByComparingTo("400");
        assertThat(progress.hoursRemaining(Axis.FRENCH)).isEqualByComparingTo("372.5");
        assertThat(progress.hoursRequired(Axis.CITIZENSHIP)).isEqualByComparingTo("60");
        assertThat(progress.hoursRequired(Axis.SOCIO_PROFESSIONAL)).isEqualByComparingTo("4");
        assertThat(progress.hoursDone(Axis.RECEPTION)).isZero();
        assertThat(progress.attendance(Axis.RECEPTION)).isEmpty();
        assertThat(progress.startedOn(Axis.FRENCH)).contains(START);
        assertThat(progress.isDone(Axis.FRENCH)).isFalse();
    }
}
