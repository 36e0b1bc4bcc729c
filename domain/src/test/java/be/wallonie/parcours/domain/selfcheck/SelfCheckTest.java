package be.wallonie.parcours.domain.selfcheck;

import static be.wallonie.parcours.domain.selfcheck.Answer.DONT_KNOW;
import static be.wallonie.parcours.domain.selfcheck.Answer.NO;
import static be.wallonie.parcours.domain.selfcheck.Answer.YES;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.shared.NisCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The public self-check: steps validated by the answers, and the latest day to finish. */
class SelfCheckTest {

    private static final CommuneOfResidence LIEGE = new CommuneOfResidence(new NisCode("62063"), "CRIPEL");
    private static final CommuneOfResidence EUPEN = new CommuneOfResidence(new NisCode("63023"), "DG");

    private final SelfCheck selfCheck = new SelfCheck(ObligationSettings.defaults());

    /** A newcomer half-way: reception module done, convention signed, citizenship done, nothing else. */
    private static SelfCheckAnswers halfWay(Answer french400h, Answer a2Certificate, Answer isp, Answer attestation) {
        return new SelfCheckAnswers(YES, YES, YES, YES, YES, YES, YES, YES, french400h, a2Certificate, isp,
                attestation, LocalDate.of(2025, 2, 15), LIEGE);
    }

    private static Map<ProgrammeStep, StepState> states(SelfCheckResult result) {
        return result.steps().stream().collect(Collectors.toMap(StepProgress::step, StepProgress::state));
    }

    @Test
    void stepsAreListedInTheOrderOfTheProgramme() {
        SelfCheckResult result = selfCheck.assess(halfWay(NO, NO, NO, NO));

        assertThat(result.steps()).extracting(StepProgress::step).containsExactly(
                ProgrammeStep.RECEPTION_VISIT, ProgrammeStep.SOCIAL_REVIEW, ProgrammeStep.RIGHTS_AND_DUTIES,
                ProgrammeStep.FRENCH_TEST, ProgrammeStep.CONVENTION, ProgrammeStep.CITIZENSHIP, ProgrammeStep.FRENCH,
                ProgrammeStep.SOCIO_PROFESSIONAL, ProgrammeStep.ATTESTATION);
    }

    @Test
    void onlyAYesValidatesAStep() {
        SelfCheckResult result = selfCheck.assess(halfWay(DONT_KNOW, NO, DONT_KNOW, NO));

        assertThat(states(result)).containsEntry(ProgrammeStep.CITIZENSHIP, StepState.VALIDATED)
                .containsEntry(ProgrammeStep.FRENCH, StepState.TO_DO)
                .containsEntry(ProgrammeStep.SOCIO_PROFESSIONAL, StepState.TO_DO)
                .containsEntry(ProgrammeStep.ATTESTATION, StepState.TO_DO);
        assertThat(result.complete()).isFalse();
    }

    @Test
    void a2CertificateValidatesFrenchWithout400Hours() {
        assertThat(states(selfCheck.assess(halfWay(NO, YES, NO, NO))))
                .containsEntry(ProgrammeStep.FRENCH, StepState.VALIDATED);
    }

    @Test
    void fourHundredHoursValidateFrenchWithoutA2() {
        assertThat(states(selfCheck.assess(halfWay(YES, NO, NO, NO))))
                .containsEntry(ProgrammeStep.FRENCH, StepState.VALIDATED);
    }

    @Test
    void socioProfessionalOrientationOrReleaseValidatesTheFourthAxis() {
        assertThat(states(selfCheck.assess(halfWay(NO, NO, YES, NO))))
                .containsEntry(ProgrammeStep.SOCIO_PROFESSIONAL, StepState.VALIDATED);
    }

    @Test
    void everyStepValidatedIsComplete() {
        assertThat(selfCheck.assess(halfWay(NO, YES, YES, YES)).complete()).isTrue();
    }

    @Test
    void finalAttestationValidatesEveryStepOfTheConvention() {
        SelfCheckResult result = selfCheck.assess(new SelfCheckAnswers(YES, YES, DONT_KNOW, null, null, null, null,
                null, null, null, null, YES, null, null));

        assertThat(result.steps()).allMatch(progress -> progress.state() == StepState.VALIDATED);
        assertThat(result.complete()).isTrue();
    }

    @Test
    void maxEndDateIsTheDeadlineOfThePermitOrderDate() {
        assertThat(selfCheck.assess(halfWay(NO, NO, NO, NO)).maxEndDate())
                .isEqualTo(new Deadline(LocalDate.of(2028, 2, 15), DeadlineRegime.REGIME_2025_THREE_YEARS));
    }

    @Test
    void noMaxEndDateWithoutOrderDateOrForAPersonWhoNeedNotParticipate() {
        SelfCheckAnswers withoutDate = new SelfCheckAnswers(YES, YES, null, null, null, null, null, null, null, null,
                null, null, null, LIEGE);
        SelfCheckAnswers volunteer = new SelfCheckAnswers(NO, YES, null, null, null, null, null, null, null, null,
                null, null, LocalDate.of(2025, 2, 15), LIEGE);
        SelfCheckAnswers permitNotReceived = new SelfCheckAnswers(DONT_KNOW, NO, null, null, null, null, null, null,
                null, null, null, null, LocalDate.of(2025, 2, 15), LIEGE);

        assertThat(selfCheck.assess(withoutDate).maxEndDate()).isNull();
        assertThat(selfCheck.assess(volunteer).maxEndDate()).isNull();
        assertThat(selfCheck.assess(permitNotReceived).maxEndDate()).isNull();
    }

    @Test
    void unansweredQuestionsCountAsDontKnow() {
        SelfCheckAnswers unanswered = new SelfCheckAnswers(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);

        assertThat(unanswered.visitedCri()).isEqualTo(DONT_KNOW);
        assertThat(selfCheck.assess(unanswered).steps()).allMatch(progress -> progress.state() == StepState.TO_DO);
    }

    @Test
    void germanSpeakingCommuneIsOutOfScope() {
        SelfCheckResult result = selfCheck.assess(new SelfCheckAnswers(YES, YES, null, null, null, null, null, null,
                null, null, null, null, LocalDate.of(2025, 2, 15), EUPEN));

        assertThat(result.outOfScope()).isTrue();
        assertThat(result.steps()).isEmpty();
        assertThat(result.maxEndDate()).isNull();
    }
}
