package be.wallonie.parcours.domain.deadline;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.AMEND_CONVENTION;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.CLOSE;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.ENROL;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.EXTEND_DEADLINE;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.ISSUE_ATTESTATION;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.PROPOSE_CONVENTION;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.RECORD_FRENCH_CERTIFICATE;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.RECORD_FRENCH_TEST;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.RECORD_INTERVIEW;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.RECORD_RIGHTS_SESSION;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.RECORD_SOCIAL_REVIEW;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.RECORD_WORK_RELEASE;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.RESUME;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.REVOKE_ATTESTATION;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.SIGN_CONVENTION;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.START_RECEPTION;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.SUSPEND;
import static be.wallonie.parcours.domain.casefile.CaseFileAction.TRANSFER;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.AttendanceFixture;
import be.wallonie.parcours.domain.attendance.InMemoryAttendance;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileAction;
import be.wallonie.parcours.domain.casefile.CaseFileFixture;
import be.wallonie.parcours.domain.casefile.ClosureReason;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.OperatorFixture;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.ReceptionFixture;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a case file allows in each state of journey 1, and its next step: the primary action the back office puts at
 * the top of the file.
 */
class AllowedActionsTest {

    private final InMemoryAttendance attendance = new InMemoryAttendance();

    private static AllowedActions of(CaseFile file, ReceptionModule reception, Convention convention,
            List<Enrolment> enrolments, Attendance attendance, LocalDate today) {
        return CaseFileDeadlines.of(file, reception, convention, enrolments, List.of(), attendance)
                .allowedActions(today);
    }

    private static AllowedActions of(ParcoursFixture parcours, LocalDate today) {
        return of(parcours.file(), parcours.reception(), parcours.convention(), List.of(), Attendance.none(), today);
    }

    @Test
    void anOpenedFileStartsTheReceptionModuleByTheReceptionDeadline() {
        CaseFile file = CaseFileFixture.obligedMoroccanOpened();

        AllowedActions actions = of(file, null, null, List.of(), Attendance.none(), file.openedOn());

        assertThat(actions.actions()).containsExactly(START_RECEPTION, SUSPEND, CLOSE, EXTEND_DEADLINE, TRANSFER);
        assertThat(actions.primary()).contains(START_RECEPTION);
        assertThat(actions.deadline()).map(DueDate::kind).contains(DeadlineKind.RECEPTION_MODULE);
    }

    @Test
    void inReceptionTheSocialReviewComesFirstAndNoConventionIsProposedBeforeIt() {
        CaseFile file = CaseFileFixture.obligedMoroccanOpened();
        ReceptionModule reception = ReceptionModule.startFor(file, AGENT, at(file.openedOn()));

        AllowedActions actions = of(file, reception, null, List.of(), Attendance.none(), file.openedOn());

        assertThat(actions.actions()).contains(RECORD_SOCIAL_REVIEW, RECORD_RIGHTS_SESSION, RECORD_FRENCH_TEST)
                .doesNotContain(PROPOSE_CONVENTION, SIGN_CONVENTION, START_RECEPTION);
        assertThat(actions.primary()).contains(RECORD_SOCIAL_REVIEW);
    }

    @Test
    void inReceptionTheNextStepIsTheFirstPartNotRecorded() {
        CaseFile file = CaseFileFixture.obligedMoroccanOpened();
        LocalDate start = file.openedOn();
        ReceptionModule reception = ReceptionModule.startFor(file, AGENT, at(start));
        reception.recordSocialReview(ReceptionFixture.socialReview(start.plusDays(1), false), AGENT,
                at(start.plusDays(1)));

        assertThat(of(file, reception, null, List.of(), Attendance.none(), start).primary())
                .contains(RECORD_RIGHTS_SESSION);

        reception.recordRightsAndDutiesSession(ReceptionFixture.groupSessionWithInterpreter(start.plusDays(2)), AGENT,
                at(start.plusDays(2)));

        assertThat(of(file, reception, null, List.of(), Attendance.none(), start).primary())
                .contains(RECORD_FRENCH_TEST);
    }

    @Test
    void aCompleteReceptionModuleProposesTheConventionThenSignsIt() {
        CaseFile file = CaseFileFixture.obligedMoroccanOpened();
        ReceptionModule reception = ReceptionFixture.completed(file, file.openedOn(),
                CefrLevel.A1, false);

        AllowedActions beforeProposal = of(file, reception, null, List.of(), Attendance.none(), file.openedOn());
        ParcoursFixture proposed = ParcoursFixture.proposedForObligedMoroccan();
        AllowedActions afterProposal = of(proposed, proposed.file().openedOn());

        assertThat(beforeProposal.actions()).contains(PROPOSE_CONVENTION).doesNotContain(SIGN_CONVENTION);
        assertThat(beforeProposal.primary()).contains(PROPOSE_CONVENTION);
        assertThat(afterProposal.actions()).contains(SIGN_CONVENTION).doesNotContain(PROPOSE_CONVENTION);
        assertThat(afterProposal.primary()).contains(SIGN_CONVENTION);
    }

    @Test
    void aSignedConventionEnrolsForTheAxesNotStartedAndOffersTheirEquivalences() {
        ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();

        AllowedActions actions = of(signed, ParcoursFixture.MOROCCAN_SIGNED_ON);

        assertThat(actions.actions()).contains(ENROL, RECORD_INTERVIEW, AMEND_CONVENTION, RECORD_FRENCH_CERTIFICATE,
                RECORD_WORK_RELEASE, SUSPEND, CLOSE, TRANSFER, EXTEND_DEADLINE)
                .doesNotContain(SIGN_CONVENTION, ISSUE_ATTESTATION);
        assertThat(actions.primary()).contains(ENROL);
        assertThat(actions.deadline()).map(DueDate::kind).contains(DeadlineKind.FINAL);
    }

    @Test
    void anInterviewDueComesBeforeAnythingElseWhileThePersonTrains() {
        ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();
        LocalDate sixMonthsOn = ParcoursFixture.MOROCCAN_SIGNED_ON.plusMonths(6);

        AllowedActions actions = of(signed, sixMonthsOn);

        assertThat(actions.primary()).contains(RECORD_INTERVIEW);
        assertThat(actions.deadline()).map(DueDate::kind).contains(DeadlineKind.EVALUATION_INTERVIEW);
    }

    @Test
    void whileEveryRequiredAxisIsStartedThereIsNoNextStepToTake() {
        ParcoursFixture volunteer = ParcoursFixture.signedForTurkishVolunteer();
        LocalDate on = LocalDate.of(2025, 3, 10);
        Enrolment citizenship = Enrolment.enrol(volunteer.convention(), OperatorFixture.iliLiege(), Axis.CITIZENSHIP,
                on, AGENT, at(on));

        AllowedActions actions = of(volunteer.file(), volunteer.reception(), volunteer.convention(),
                List.of(citizenship), Attendance.none(), on);

        assertThat(actions.actions()).contains(ENROL, RECORD_INTERVIEW);
        assertThat(actions.primary()).isEmpty();
    }

    @Test
    void aCompletedFileIssuesItsAttestationAndAnIssuedOneCanOnlyBeRevoked() {
        ParcoursFixture volunteer = ParcoursFixture.signedForTurkishVolunteer();
        LocalDate sessionOn = LocalDate.of(2025, 3, 10);
        volunteer.reception().recordRightsAndDutiesSession(ReceptionFixture.groupSessionWithInterpreter(sessionOn),
                AGENT, at(sessionOn));
        Enrolment citizenship = Enrolment.enrol(volunteer.convention(), OperatorFixture.iliLiege(), Axis.CITIZENSHIP,
                sessionOn, AGENT, at(sessionOn));
        AttendanceFixture.weekly(attendance, citizenship, OperatorFixture.iliLiege(), volunteer.convention(),
                sessionOn, 15, Hours.of(4));
        LocalDate doneOn = LocalDate.of(2025, 7, 1);
        AxisProgress.of(volunteer.file(), volunteer.reception(), volunteer.convention(), List.of(citizenship),
                attendance.of(volunteer.file())).completeParcours(doneOn, AGENT, at(doneOn));

        AllowedActions completed = of(volunteer.file(), volunteer.reception(), volunteer.convention(),
                List.of(citizenship), attendance.of(volunteer.file()), doneOn);
        volunteer.file().recordAttestationIssued(doneOn, "CAI-2025-00001", AGENT, at(doneOn));
        AllowedActions issued = of(volunteer.file(), volunteer.reception(), volunteer.convention(),
                List.of(citizenship), attendance.of(volunteer.file()), doneOn);

        assertThat(completed.actions()).containsExactly(ISSUE_ATTESTATION, CLOSE);
        assertThat(completed.primary()).contains(ISSUE_ATTESTATION);
        assertThat(issued.actions()).containsExactly(REVOKE_ATTESTATION);
        assertThat(issued.primary()).isEmpty();
    }

    @Test
    void aSuspendedFileIsResumedFirst() {
        CaseFile file = CaseFileFixture.obligedMoroccanOpened();
        file.suspend("Hospitalisation", file.openedOn(), AGENT, at(file.openedOn()));

        AllowedActions actions = of(file, null, null, List.of(), Attendance.none(), file.openedOn());

        assertThat(actions.actions()).containsExactly(RESUME, CLOSE, EXTEND_DEADLINE, TRANSFER);
        assertThat(actions.primary()).contains(RESUME);
    }

    @Test
    void aClosedFileAllowsNothing() {
        CaseFile file = CaseFileFixture.obligedMoroccanOpened();
        file.close(ClosureReason.LEFT_BELGIUM, null, file.openedOn(), AGENT, at(file.openedOn()));

        AllowedActions actions = of(file, null, null, List.of(), Attendance.none(), file.openedOn());

        assertThat(actions.actions()).isEmpty();
        assertThat(actions.primary()).isEmpty();
    }

    @Test
    void keepingTheCallersActionsDropsAPrimaryTheCallerCannotTake() {
        ParcoursFixture volunteer = ParcoursFixture.signedForTurkishVolunteer();
        AllowedActions all = new AllowedActions(List.of(ISSUE_ATTESTATION, CLOSE), Optional.of(
                ISSUE_ATTESTATION), Optional.empty());

        AllowedActions agents = all.keeping(action -> !action.isSupervisorDecision());

        assertThat(agents.actions()).containsExactly(CLOSE);
        assertThat(agents.primary()).isEmpty();
        assertThat(of(volunteer, LocalDate.of(2025, 3, 3)).keeping(action -> false).actions()).isEmpty();
    }

    @Test
    void theSupervisorsDecisionsAreTheDeadlineTheTransferAndTheAttestation() {
        assertThat(Arrays.stream(CaseFileAction.values()).filter(CaseFileAction::isSupervisorDecision))
                .containsExactly(ISSUE_ATTESTATION, REVOKE_ATTESTATION, EXTEND_DEADLINE, TRANSFER);
    }
}
