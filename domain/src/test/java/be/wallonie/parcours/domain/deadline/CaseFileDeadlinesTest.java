package be.wallonie.parcours.domain.deadline;

import static be.wallonie.parcours.domain.ParcoursFixture.SETTINGS;
import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.SUPERVISOR;
import static be.wallonie.parcours.domain.Staff.at;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.AttendanceFixture;
import be.wallonie.parcours.domain.attendance.InMemoryAttendance;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileFixture;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.OperatorFixture;
import be.wallonie.parcours.domain.person.PersonFixture;
import be.wallonie.parcours.domain.reception.CefrLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deadlines are computed from what was recorded, with {@code plusMonths}, which clamps to the last day of a shorter
 * month: reception 3 months after opening, interviews 6 months after the signature or the last interview, citizenship
 * 4 and French 16 months after the axis started.
 */
class CaseFileDeadlinesTest {

    private static final LocalDate END_OF_AUGUST = LocalDate.of(2023, 8, 31);
    private static final LocalDate END_OF_OCTOBER = LocalDate.of(2023, 10, 31);

    private final List<Enrolment> enrolments = new ArrayList<>();
    private final List<EvaluationInterview> interviews = new ArrayList<>();
    private final InMemoryAttendance attendance = new InMemoryAttendance();

    private CaseFileDeadlines deadlinesOf(ParcoursFixture parcours, List<Enrolment> enrolments,
            List<EvaluationInterview> interviews) {
        return CaseFileDeadlines.of(parcours.file(), parcours.reception(), parcours.convention(), enrolments,
                interviews, attendance.of(parcours.file()));
    }

    private static ParcoursFixture signedOn(LocalDate day) {
        ParcoursFixture proposed = ParcoursFixture.proposedForObligedMoroccan();
        proposed.convention().sign(day, SETTINGS, AGENT, at(day));
        return proposed;
    }

    @Test
    void theReceptionModuleIsDueThreeMonthsAfterTheOpeningClampedToTheMonthEnd() {
        CaseFile openedEndOfNovember = CaseFileFixture.openedFor(PersonFixture.obligedMoroccanInLiege(),
                LocalDate.of(2023, 11, 30));
        CaseFile openedAYearLater = CaseFileFixture.openedFor(PersonFixture.obligedMoroccanInLiege(),
                LocalDate.of(2024, 11, 30));

        assertThat(CaseFileDeadlines.of(openedEndOfNovember, null, null, List.of(), List.of(),
                Attendance.none()).receptionModule()
                .dueOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(CaseFileDeadlines.of(openedAYearLater, null, null, List.of(), List.of(),
                Attendance.none()).receptionModule()
                .dueOn()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void theReceptionModuleIsDoneOnTheDayItWasCompleted() {
        ParcoursFixture proposed = ParcoursFixture.proposedForObligedMoroccan();

        DueDate reception = deadlinesOf(proposed, List.of(), List.of()).receptionModule();

        assertThat(reception.dueOn()).isEqualTo(LocalDate.of(2023, 7, 3));
        assertThat(reception.done()).contains(LocalDate.of(2023, 5, 8));
        assertThat(reception.stateOn(LocalDate.of(2024, 1, 1))).isEqualTo(DeadlineState.DONE);
    }

    @Test
    void theFirstInterviewIsDueSixMonthsAfterTheSignature() {
        ParcoursFixture signed = signedOn(END_OF_AUGUST);

        assertThat(deadlinesOf(signed, enrolments, interviews).nextEvaluationInterview())
                .map(DueDate::dueOn).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theNextInterviewIsDueSixMonthsAfterTheLastOne() {
        ParcoursFixture signed = signedOn(END_OF_AUGUST);
        interviews.add(EvaluationInterview.record(signed.file(), LocalDate.of(2024, 2, 20), null, AGENT,
                at(LocalDate.of(2024, 2, 20))));
        interviews.add(EvaluationInterview.record(signed.file(), LocalDate.of(2024, 3, 31), "Doing well", AGENT,
                at(LocalDate.of(2024, 3, 31))));

        assertThat(deadlinesOf(signed, enrolments, interviews).nextEvaluationInterview())
                .map(DueDate::dueOn).contains(LocalDate.of(2024, 9, 30));
    }

    @Test
    void noInterviewIsDueBeforeTheSignature() {
        assertThat(deadlinesOf(ParcoursFixture.proposedForObligedMoroccan(), enrolments, interviews)
                .nextEvaluationInterview()).isEmpty();
    }

    @Test
    void citizenshipIsDueFourMonthsAndFrenchSixteenMonthsAfterTheirStart() {
        ParcoursFixture signed = signedOn(END_OF_AUGUST);
        enrolments.add(Enrolment.enrol(signed.convention(), OperatorFixture.iliLiege(), Axis.CITIZENSHIP,
                END_OF_OCTOBER, AGENT, at(END_OF_OCTOBER)));
        enrolments.add(Enrolment.enrol(signed.convention(), OperatorFixture.iliLiege(), Axis.FRENCH, END_OF_OCTOBER,
                AGENT, at(END_OF_OCTOBER)));

        CaseFileDeadlines deadlines = deadlinesOf(signed, enrolments, interviews);

        assertThat(deadlines.citizenship()).map(DueDate::dueOn).contains(LocalDate.of(2024, 2, 29));
        assertThat(deadlines.french()).map(DueDate::dueOn).contains(LocalDate.of(2025, 2, 28));
    }

    @Test
    void anAxisIsDoneOnTheDayItsHoursReachTheRequirement() {
        ParcoursFixture signed = signedOn(END_OF_AUGUST);
        Enrolment citizenship = Enrolment.enrol(signed.convention(), OperatorFixture.iliLiege(), Axis.CITIZENSHIP,
                END_OF_OCTOBER, AGENT, at(END_OF_OCTOBER));
        enrolments.add(citizenship);
        // 8 hours a day from 23 February 2024: 60 hours on 1 March
        AttendanceFixture.attendFrom(attendance, citizenship, OperatorFixture.iliLiege(), signed.convention(),
                LocalDate.of(2024, 2, 23), 60);

        assertThat(deadlinesOf(signed, enrolments, interviews).citizenship()).map(DueDate::doneOn)
                .contains(LocalDate.of(2024, 3, 1));

        DueDate due = deadlinesOf(signed, enrolments, interviews).citizenship().orElseThrow();

        assertThat(due.stateOn(LocalDate.of(2024, 6, 1))).isEqualTo(DeadlineState.DONE);
        assertThat(due.wasLate()).isTrue();
    }

    @Test
    void aChangeOfOperatorDoesNotRestartTheClock() {
        ParcoursFixture signed = signedOn(END_OF_AUGUST);
        Enrolment first = Enrolment.enrol(signed.convention(), OperatorFixture.iliLiege(), Axis.FRENCH,
                END_OF_OCTOBER, AGENT, at(END_OF_OCTOBER));
        first.withdraw(LocalDate.of(2023, 12, 15), "Evening classes at the CISP", AGENT, at(END_OF_OCTOBER));
        enrolments.add(first);
        enrolments.add(Enrolment.enrol(signed.convention(), OperatorFixture.cispSeraing(), Axis.FRENCH,
                LocalDate.of(2024, 1, 8), AGENT, at(END_OF_OCTOBER)));

        assertThat(deadlinesOf(signed, enrolments, interviews).french()).map(DueDate::dueOn)
                .contains(LocalDate.of(2025, 2, 28));
    }

    @Test
    void anAxisNotStartedOrNoLongerRequiredHasNoDeadline() {
        ParcoursFixture signed = signedOn(END_OF_AUGUST);
        enrolments.add(Enrolment.enrol(signed.convention(), OperatorFixture.iliLiege(), Axis.FRENCH, END_OF_OCTOBER,
                AGENT, at(END_OF_OCTOBER)));
        assertThat(deadlinesOf(signed, enrolments, interviews).citizenship()).isEmpty();

        signed.convention().recordFrenchCertificate(CefrLevel.A2, LocalDate.of(2023, 12, 1), AGENT,
                at(END_OF_OCTOBER));

        assertThat(deadlinesOf(signed, enrolments, interviews).french()).isEmpty();
    }

    @Test
    void theFinalDeadlineIsTheFilesWithItsExtensions() {
        ParcoursFixture signed = signedOn(END_OF_AUGUST);
        assertThat(deadlinesOf(signed, enrolments, interviews).finalDeadline()).map(DueDate::dueOn)
                .contains(LocalDate.of(2024, 9, 10));

        signed.file().extendDeadline(LocalDate.of(2024, 12, 31), "Illness", SUPERVISOR, at(END_OF_OCTOBER));

        CaseFileDeadlines deadlines = deadlinesOf(signed, enrolments, interviews);
        assertThat(deadlines.finalDeadline()).map(DueDate::dueOn).contains(LocalDate.of(2024, 12, 31));
        assertThat(deadlines.get(DeadlineKind.FINAL)).isEqualTo(deadlines.finalDeadline());
    }

    @Test
    void aVolunteerHasNoFinalDeadline() {
        CaseFileDeadlines deadlines = deadlinesOf(ParcoursFixture.signedForTurkishVolunteer(), enrolments,
                interviews);

        assertThat(deadlines.finalDeadline()).isEmpty();
        assertThat(deadlines.all()).extracting(DueDate::kind).containsExactly(DeadlineKind.RECEPTION_MODULE,
                DeadlineKind.EVALUATION_INTERVIEW);
    }
}
