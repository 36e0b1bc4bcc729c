package be.wallonie.parcours.domain.deadline;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.casefile.CaseFileFixture;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.IllegalTransitionException;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.OperatorFixture;
import be.wallonie.parcours.domain.reception.ReceptionFixture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parcours is completed when every required axis is done, and not before. */
class AxisProgressTest {

    private static final LocalDate START = LocalDate.of(2023, 6, 5);
    private static final LocalDate DONE = LocalDate.of(2024, 5, 31);

    @Test
    void beforeTheSignatureTheDecreeRequiresReceptionAndCitizenshipOfAnObligedPerson() {
        assertThat(AxisProgress.of(CaseFileFixture.obligedMoroccanOpened(), null, null, List.of()).required())
                .containsExactly(Axis.RECEPTION, Axis.CITIZENSHIP);
        assertThat(AxisProgress.of(CaseFileFixture.turkishVolunteerOpened(), null, null, List.of()).required())
                .containsExactly(Axis.RECEPTION);
    }

    @Test
    void onceSignedTheConventionSaysWhichAxesAreRequired() {
        ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();

        AxisProgress progress = AxisProgress.of(signed.file(), signed.reception(), signed.convention(), List.of());

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
        citizenship.complete(DONE, AGENT, at(DONE));
        AxisProgress progress = AxisProgress.of(signed.file(), signed.reception(), signed.convention(),
                List.of(citizenship));

        assertThatThrownBy(() -> progress.completeParcours(DONE, AGENT, at(DONE)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                    assertThat(refused.from()).isEqualTo(CaseFileState.IN_PROGRESS);
                    assertThat(refused.to()).isEqualTo(CaseFileState.COMPLETED);
                    assertThat(refused.why()).contains("[FRENCH, SOCIO_PROFESSIONAL]");
                });
        assertThat(signed.file().state()).isEqualTo(CaseFileState.IN_PROGRESS);
    }

    @Test
    void theParcoursIsNotCompletedBeforeTheSignature() {
        ParcoursFixture proposed = ParcoursFixture.proposedForObligedMoroccan();

        assertThatThrownBy(() -> AxisProgress.of(proposed.file(), proposed.reception(), proposed.convention(),
                List.of()).completeParcours(DONE, AGENT, at(DONE)))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        refused -> assertThat(refused.why()).isEqualTo("the convention is not signed"));
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
        citizenship.complete(LocalDate.of(2025, 6, 30), AGENT, at(LocalDate.of(2025, 6, 30)));

        AxisProgress.of(volunteer.file(), volunteer.reception(), volunteer.convention(), List.of(citizenship))
                .completeParcours(LocalDate.of(2025, 7, 1), AGENT, at(LocalDate.of(2025, 7, 1)));

        assertThat(volunteer.file().state()).isEqualTo(CaseFileState.COMPLETED);
        assertThat(volunteer.file().completedOn()).contains(LocalDate.of(2025, 7, 1));
    }
}
