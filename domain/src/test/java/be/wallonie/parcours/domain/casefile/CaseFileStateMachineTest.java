package be.wallonie.parcours.domain.casefile;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static be.wallonie.parcours.domain.casefile.CaseFileState.ATTESTATION_ISSUED;
import static be.wallonie.parcours.domain.casefile.CaseFileState.CLOSED;
import static be.wallonie.parcours.domain.casefile.CaseFileState.COMPLETED;
import static be.wallonie.parcours.domain.casefile.CaseFileState.CONVENTION_SIGNED;
import static be.wallonie.parcours.domain.casefile.CaseFileState.IN_PROGRESS;
import static be.wallonie.parcours.domain.casefile.CaseFileState.OPENED;
import static be.wallonie.parcours.domain.casefile.CaseFileState.RECEPTION;
import static be.wallonie.parcours.domain.casefile.CaseFileState.SUSPENDED;
import static be.wallonie.parcours.domain.casefile.IllegalTransitionException.Reason.ALREADY_IN_STATE;
import static be.wallonie.parcours.domain.casefile.IllegalTransitionException.Reason.FILE_CLOSED;
import static be.wallonie.parcours.domain.casefile.IllegalTransitionException.Reason.NOT_A_NEXT_STEP;
import static be.wallonie.parcours.domain.casefile.IllegalTransitionException.Reason.NOT_SUSPENDED;
import static be.wallonie.parcours.domain.casefile.IllegalTransitionException.Reason.PARCOURS_OVER;
import static be.wallonie.parcours.domain.casefile.IllegalTransitionException.Reason.RESUME_FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.wallonie.parcours.domain.assessment.AssessmentFixture;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.person.PersonFixture;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The guarded state machine of a case file: every transition allowed is recorded, every other is refused. */
class CaseFileStateMachineTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

    private final CaseFile file = CaseFileFixture.obligedMoroccanOpened();

    private static void illegal(ThrowingCallable transition, CaseFileState from, CaseFileState to,
            IllegalTransitionException.Reason why) {
        assertThatThrownBy(transition).isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
            assertThat(refused.from()).isEqualTo(from);
            assertThat(refused.to()).isEqualTo(to);
            assertThat(refused.reason()).isEqualTo(why);
            assertThat(refused.getMessage()).contains(from.toString(), to.toString());
            assertThat(refused.code()).isEqualTo("CASE_FILE_ILLEGAL_TRANSITION");
            assertThat(refused.explanationCode()).isEqualTo("CASE_FILE_ILLEGAL_TRANSITION." + why);
            assertThat(refused.arguments()).containsEntry("from", from).containsEntry("to", to);
        });
    }

    private void walkToCompleted() {
        file.startReception(AGENT, at(DAY));
        file.recordConventionSigned(DAY, AGENT, at(DAY));
        file.startTraining(DAY, AGENT, at(DAY));
        file.complete(DAY, AGENT, at(DAY));
    }

    @Test
    void anObligedPersonsFileOpensWithTheAssessmentsDeadline() {
        ObligationAssessment assessment = AssessmentFixture.obligedMoroccanInLiege();

        CaseFile opened = CaseFile.open(assessment, List.of(), LocalDate.of(2023, 4, 3), AGENT,
                at(LocalDate.of(2023, 4, 3)));

        assertThat(opened.state()).isEqualTo(OPENED);
        assertThat(opened.personId()).isEqualTo(assessment.personId());
        assertThat(opened.criCode()).isEqualTo("CRIPEL");
        assertThat(opened.participation()).isEqualTo(Participation.OBLIGED);
        assertThat(opened.assessmentId()).isEqualTo(assessment.id());
        assertThat(opened.finalDeadline()).contains(LocalDate.of(2024, 9, 10));
        assertThat(opened.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CaseFileEventType.OPENED);
            assertThat(event.fromState()).isNull();
            assertThat(event.toState()).isEqualTo(OPENED);
            assertThat(event.recordedBy()).isEqualTo(AGENT);
            assertThat(event.detail()).isEqualTo("participation=OBLIGED");
        });
    }

    @Test
    void aDispensedPersonsFileIsAVolunteersWithoutDeadline() {
        CaseFile volunteer = CaseFileFixture.turkishVolunteerOpened();

        assertThat(volunteer.participation()).isEqualTo(Participation.VOLUNTEER);
        assertThat(volunteer.isObliged()).isFalse();
        assertThat(volunteer.finalDeadline()).isEmpty();
        assertThat(volunteer.criCode()).isEqualTo("CAI");
    }

    @Test
    void aPersonOutOfScopeGetsNoFile() {
        ObligationAssessment outOfScope = AssessmentFixture.assess(PersonFixture.congoleseInEupen(),
                LocalDate.of(2025, 3, 3));

        assertThatThrownBy(() -> CaseFile.open(outOfScope, List.of(), LocalDate.of(2025, 3, 3), AGENT,
                at(LocalDate.of(2025, 3, 3))))
                .isInstanceOfSatisfying(CaseFileException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(CaseFileException.Reason.OUT_OF_SCOPE));
    }

    @Test
    void aPersonHasOneCurrentFileAndAnotherOnlyOnceItIsClosed() {
        ObligationAssessment assessment = AssessmentFixture.obligedMoroccanInLiege();
        CaseFile first = CaseFile.open(assessment, List.of(), DAY, AGENT, at(DAY));

        assertThatThrownBy(() -> CaseFile.open(assessment, List.of(first), DAY, AGENT, at(DAY)))
                .isInstanceOfSatisfying(CaseFileException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(CaseFileException.Reason.CURRENT_FILE_EXISTS);
                    assertThat(refused.getMessage()).contains(first.id().toString());
                });

        first.close(ClosureReason.LEFT_BELGIUM, null, DAY, AGENT, at(DAY));
        assertThat(CaseFile.open(assessment, List.of(first), DAY.plusYears(1), AGENT, at(DAY)).isCurrent()).isTrue();
    }

    @Test
    void theMainPathIsWalkedInOrderAndEveryTransitionIsRecorded() {
        walkToCompleted();
        file.recordAttestationIssued(DAY, "CRIPEL-2023-00042", AGENT, at(DAY));

        assertThat(file.state()).isEqualTo(ATTESTATION_ISSUED);
        assertThat(file.events()).extracting(CaseFileEvent::sequence, CaseFileEvent::type,
                CaseFileEvent::fromState, CaseFileEvent::toState).containsExactly(
                        tuple(1, CaseFileEventType.OPENED, null, OPENED),
                        tuple(2, CaseFileEventType.RECEPTION_STARTED, OPENED, RECEPTION),
                        tuple(3, CaseFileEventType.CONVENTION_SIGNED, RECEPTION, CONVENTION_SIGNED),
                        tuple(4, CaseFileEventType.TRAINING_STARTED, CONVENTION_SIGNED, IN_PROGRESS),
                        tuple(5, CaseFileEventType.COMPLETED, IN_PROGRESS, COMPLETED),
                        tuple(6, CaseFileEventType.ATTESTATION_ISSUED, COMPLETED, ATTESTATION_ISSUED));
        assertThat(file.events()).allMatch(CaseFileEvent::isTransition);
        assertThat(file.completedOn()).contains(DAY);
    }

    @Test
    void aStepCannotBeSkipped() {
        illegal(() -> file.recordConventionSigned(DAY, AGENT, at(DAY)), OPENED, CONVENTION_SIGNED,
                NOT_A_NEXT_STEP);
        assertThatThrownBy(() -> file.recordConventionSigned(DAY, AGENT, at(DAY)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> assertThat(refused.arguments())
                        .containsEntry("nextSteps", List.of(RECEPTION, SUSPENDED, CaseFileState.TRANSFERRED, CLOSED)));
        assertThat(file.state()).isEqualTo(OPENED);
        assertThat(file.events()).hasSize(1);
    }

    @Test
    void aStepTakenTwiceIsRefusedAsAlreadyTaken() {
        file.startReception(AGENT, at(DAY));

        illegal(() -> file.startReception(AGENT, at(DAY)), RECEPTION, RECEPTION, ALREADY_IN_STATE);
        assertThat(file.events()).hasSize(2);
    }

    @Test
    void aFileDoesNotGoBack() {
        file.startReception(AGENT, at(DAY));
        file.recordConventionSigned(DAY, AGENT, at(DAY));

        illegal(() -> file.startReception(AGENT, at(DAY)), CONVENTION_SIGNED, RECEPTION, NOT_A_NEXT_STEP);
    }

    @Test
    void aSuspendedFileResumesInTheStateItLeft() {
        file.startReception(AGENT, at(DAY));

        file.suspend("Hospitalised for two months", DAY, AGENT, at(DAY));
        assertThat(file.state()).isEqualTo(SUSPENDED);
        assertThat(file.stateBeforeSuspension()).contains(RECEPTION);

        file.resume(DAY.plusMonths(2), AGENT, at(DAY.plusMonths(2)));
        assertThat(file.state()).isEqualTo(RECEPTION);
        assertThat(file.stateBeforeSuspension()).isEmpty();
        assertThat(file.events()).extracting(CaseFileEvent::type, CaseFileEvent::fromState, CaseFileEvent::toState,
                CaseFileEvent::reason).endsWith(
                        tuple(CaseFileEventType.SUSPENDED, RECEPTION, SUSPENDED, "Hospitalised for two months"),
                        tuple(CaseFileEventType.RESUMED, SUSPENDED, RECEPTION, null));
    }

    @Test
    void aSuspendedFileMustBeResumedBeforeItMovesOn() {
        file.startReception(AGENT, at(DAY));
        file.suspend("Stay abroad", DAY, AGENT, at(DAY));

        illegal(() -> file.recordConventionSigned(DAY, AGENT, at(DAY)), SUSPENDED, CONVENTION_SIGNED,
                RESUME_FIRST);
        illegal(() -> file.suspend("again", DAY, AGENT, at(DAY)), SUSPENDED, SUSPENDED, RESUME_FIRST);
    }

    @Test
    void onlyASuspendedFileResumes() {
        illegal(() -> file.resume(DAY, AGENT, at(DAY)), OPENED, OPENED, NOT_SUSPENDED);
    }

    @Test
    void aSuspensionSaysWhy() {
        assertThatThrownBy(() -> file.suspend(" ", DAY, AGENT, at(DAY))).isInstanceOf(InvalidValueException.class);
        assertThat(file.state()).isEqualTo(OPENED);
    }

    @Test
    void aCompletedFileCanOnlyGetItsAttestationOrBeClosed() {
        walkToCompleted();

        illegal(() -> file.suspend("x", DAY, AGENT, at(DAY)), COMPLETED, SUSPENDED, NOT_A_NEXT_STEP);
        illegal(() -> file.transferTo("CAI", TransferTest.HELD, DAY, null, AGENT, at(DAY)), COMPLETED,
                CaseFileState.TRANSFERRED,
                NOT_A_NEXT_STEP);
    }

    @Test
    void nothingFollowsTheAttestation() {
        walkToCompleted();
        file.recordAttestationIssued(DAY, "CRIPEL-2023-00042", AGENT, at(DAY));

        illegal(() -> file.close(ClosureReason.DECEASED, null, DAY, AGENT, at(DAY)), ATTESTATION_ISSUED, CLOSED,
                PARCOURS_OVER);
        assertThatThrownBy(() -> file.record(CaseFileEventType.INTERVIEW_HELD, DAY, null, null, AGENT, at(DAY)))
                .isInstanceOfSatisfying(CaseFileException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(CaseFileException.Reason.FILE_FROZEN));
    }

    @Test
    void aClosedFileKeepsItsReasonAndCannotBeReopened() {
        file.close(ClosureReason.MOVED_OUT_OF_SCOPE, "Moved to Brussels", DAY, AGENT, at(DAY));

        assertThat(file.closureReason()).contains(ClosureReason.MOVED_OUT_OF_SCOPE);
        assertThat(file.closureNote()).contains("Moved to Brussels");
        assertThat(file.isCurrent()).isFalse();
        assertThat(file.events()).last().extracting(CaseFileEvent::detail)
                .isEqualTo("closureReason=MOVED_OUT_OF_SCOPE");
        illegal(() -> file.startReception(AGENT, at(DAY)), CLOSED, RECEPTION, FILE_CLOSED);
    }

    @Test
    void closingForAnotherReasonNeedsANote() {
        assertThatThrownBy(() -> file.close(ClosureReason.OTHER, " ", DAY, AGENT, at(DAY)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(file.state()).isEqualTo(OPENED);
    }

    @Test
    void aRecordIsNotATransition() {
        assertThatThrownBy(() -> file.record(CaseFileEventType.COMPLETED, DAY, null, null, AGENT, at(DAY)))
                .isInstanceOf(IllegalArgumentException.class);

        file.record(CaseFileEventType.INTERVIEW_HELD, DAY, null, null, AGENT, at(DAY));

        assertThat(file.state()).isEqualTo(OPENED);
        assertThat(file.events()).last().satisfies(event -> {
            assertThat(event.isTransition()).isFalse();
            assertThat(event.fromState()).isNull();
            assertThat(event.toState()).isNull();
            assertThat(event.sequence()).isEqualTo(2);
        });
    }

    @Test
    void theTimelineIsReadOnly() {
        assertThatThrownBy(() -> file.events().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anActionOutsideItsStatesIsRefusedNamingTheState() {
        assertThatThrownBy(() -> file.requireState(EnumSet.of(IN_PROGRESS), "record hours"))
                .isInstanceOfSatisfying(CaseFileException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(CaseFileException.Reason.NOT_ALLOWED_IN_STATE);
                    assertThat(refused.getMessage()).contains("record hours", "OPENED");
                    assertThat(refused.code()).isEqualTo("CASE_FILE.NOT_ALLOWED_IN_STATE");
                });
    }
}
