package be.wallonie.parcours.domain.obligation;

import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.EUPEN;
import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.indianWorkerInNamur;
import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.obligedMoroccanInLiege;
import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.venezuelanWithoutPermitInNamur;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CWASS art. 150: who is in the target group, and the German-language region out of scope. */
class TargetGroupTest {

    private final ObligationRules rules = new ObligationRules(ReferenceDataFixture.countryGroups(),
            ObligationSettings.defaults());

    @Test
    void personInGermanSpeakingCommuneIsOutOfScopeWithoutCri() {
        ObligationVerdict verdict = rules.evaluate(
                obligedMoroccanInLiege().communeNis(EUPEN, ReferenceDataFixture.communes()).build());

        assertThat(verdict.status()).isEqualTo(ObligationStatus.OUT_OF_SCOPE);
        assertThat(verdict.code()).isEqualTo(ObligationCode.GERMAN_SPEAKING_COMMUNE);
        assertThat(verdict.criCode()).isNull();
        assertThat(verdict.deadline()).isNull();
    }

    @Test
    void belgianIsNotInTargetBeforeBeingUePlus() {
        ObligationVerdict verdict = rules.evaluate(obligedMoroccanInLiege().nationality("BE").build());

        assertThat(verdict.status()).isEqualTo(ObligationStatus.NOT_IN_TARGET);
        assertThat(verdict.code()).isEqualTo(ObligationCode.BELGIAN);
        assertThat(verdict.otherApplicableCodes()).containsExactly(ObligationCode.UE_PLUS_CITIZEN);
        assertThat(verdict.criCode()).isEqualTo("CRIPEL");
    }

    @Test
    void citizensOfEuEeaAndSwissStatesAreNotInTarget() {
        for (String uePlus : new String[]{"FR", "PL", "IS", "LI", "NO", "CH"}) {
            ObligationVerdict verdict = rules.evaluate(obligedMoroccanInLiege().nationality(uePlus).build());

            assertThat(verdict.code()).as(uePlus).isEqualTo(ObligationCode.UE_PLUS_CITIZEN);
        }
    }

    @Test
    void britishNationalWithAnOrdinaryPermitIsNotUePlusAndIsObliged() {
        ObligationVerdict verdict = rules.evaluate(indianWorkerInNamur().nationality("GB").build());

        assertThat(verdict.status()).isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void britishNationalRegisteredAsUnionCitizenIsAWithdrawalAgreementBeneficiaryNotInTarget() {
        ObligationFacts cardM = indianWorkerInNamur().nationality("GB")
                .permit(PermitType.EU_REGISTRATION, LocalDate.of(2023, 9, 1), 60).build();

        assertThat(rules.evaluate(cardM).code()).isEqualTo(ObligationCode.UE_PLUS_CITIZEN);
    }

    @Test
    void withdrawalAgreementBeneficiaryIsObligedWhenTheSettingSaysSo() {
        ObligationRules strict = new ObligationRules(ReferenceDataFixture.countryGroups(),
                ObligationSettings.defaults().withWithdrawalAgreementNotInTarget(false));
        ObligationFacts cardM = indianWorkerInNamur().nationality("GB")
                .permit(PermitType.EU_REGISTRATION, LocalDate.of(2023, 9, 1), 60).build();

        assertThat(strict.evaluate(cardM).status()).isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void registrationAsUnionCitizenProvesAUePlusNationalityOfADualNational() {
        ObligationFacts registered = obligedMoroccanInLiege()
                .permit(PermitType.EU_REGISTRATION, LocalDate.of(2023, 3, 10), 60).build();

        assertThat(rules.evaluate(registered).code()).isEqualTo(ObligationCode.UE_PLUS_CITIZEN);
    }

    @Test
    void familyMemberOfUePlusCitizenIsNotInTarget() {
        ObligationFacts spouse = obligedMoroccanInLiege().familyMemberOf(FamilyLink.UE_PLUS_CITIZEN).build();

        assertThat(rules.evaluate(spouse).code()).isEqualTo(ObligationCode.UE_PLUS_FAMILY_MEMBER);
    }

    @Test
    void euFamilyCardWithoutStatedLinkIsPresumedToRestOnAUePlusCitizen() {
        ObligationFacts cardF = obligedMoroccanInLiege()
                .permit(PermitType.EU_FAMILY, LocalDate.of(2023, 3, 10), 60).build();

        assertThat(rules.evaluate(cardF).code()).isEqualTo(ObligationCode.UE_PLUS_FAMILY_MEMBER);
    }

    @Test
    void familyMemberOfBelgianIsObliged() {
        ObligationFacts spouseOfBelgian = obligedMoroccanInLiege()
                .permit(PermitType.EU_FAMILY, LocalDate.of(2023, 3, 10), 60)
                .familyMemberOf(FamilyLink.BELGIAN)
                .build();

        ObligationVerdict verdict = rules.evaluate(spouseOfBelgian);

        assertThat(verdict.status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThat(verdict.deadline().date()).isEqualTo(LocalDate.of(2024, 9, 10));
    }

    @Test
    void applicantForInternationalProtectionIsNotInTargetWhateverTheValidity() {
        ObligationFacts applicant = obligedMoroccanInLiege()
                .permit(PermitType.PROTECTION_APPLICANT, LocalDate.of(2023, 3, 10), 6).build();

        assertThat(rules.evaluate(applicant).code()).isEqualTo(ObligationCode.PROTECTION_APPLICANT);
    }

    @Test
    void personWithoutPermitIsNotInTargetAndAssessedOnTheDayOfTheAssessment() {
        ObligationVerdict verdict = rules.evaluate(venezuelanWithoutPermitInNamur().build());

        assertThat(verdict.code()).isEqualTo(ObligationCode.NO_PERMIT);
        assertThat(verdict.otherApplicableCodes()).isEmpty();
        assertThat(verdict.ruleSetVersion().id()).as("version in force on asOf 2024-06-01").isEqualTo("2018.1");
        assertThat(verdict.criCode()).isEqualTo("CAI");
    }

    @Test
    void permitOfExactlyThreeMonthsIsShortPermit() {
        ObligationFacts threeMonths = obligedMoroccanInLiege()
                .permit(PermitType.OTHER, LocalDate.of(2023, 3, 10), 3).build();

        assertThat(rules.evaluate(threeMonths).code()).isEqualTo(ObligationCode.SHORT_PERMIT);
    }

    @Test
    void permitOfFourMonthsIsInTarget() {
        ObligationFacts fourMonths = obligedMoroccanInLiege()
                .permit(PermitType.OTHER, LocalDate.of(2023, 3, 10), 4).build();

        assertThat(rules.evaluate(fourMonths).status()).isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void shortStayIsShortPermitWhateverValidityIsGiven() {
        ObligationFacts shortStay = obligedMoroccanInLiege()
                .permit(PermitType.SHORT_STAY, LocalDate.of(2023, 3, 10), null).build();

        assertThat(rules.evaluate(shortStay).code()).isEqualTo(ObligationCode.SHORT_PERMIT);
    }

    @Test
    void legalStayOfExactlyThreeYearsOnTheOrderDateIsLongStay() {
        ObligationFacts threeYears = obligedMoroccanInLiege().legalStayStart(LocalDate.of(2020, 3, 10)).build();

        assertThat(rules.evaluate(threeYears).code()).isEqualTo(ObligationCode.LONG_STAY);
    }

    @Test
    void legalStayOfOneDayLessThanThreeYearsIsInTarget() {
        ObligationFacts almostThreeYears = obligedMoroccanInLiege().legalStayStart(LocalDate.of(2020, 3, 11)).build();

        assertThat(rules.evaluate(almostThreeYears).status()).isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void legalStayStartedOnALeapDayReachesThreeYearsOnTheTwentyEighthOfFebruary() {
        ObligationFacts.Builder fromLeapDay = obligedMoroccanInLiege().legalStayStart(LocalDate.of(2020, 2, 29));

        assertThat(rules.evaluate(fromLeapDay.permit(PermitType.WORK, LocalDate.of(2023, 2, 28), 12).build()).code())
                .isEqualTo(ObligationCode.LONG_STAY);
        assertThat(rules.evaluate(fromLeapDay.permit(PermitType.WORK, LocalDate.of(2023, 2, 27), 12).build())
                .status()).isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void permitOrderedTheDayBeforeTheObligationExistedIsNotInTarget() {
        ObligationFacts before = obligedMoroccanInLiege().asOf(LocalDate.of(2016, 6, 1))
                .permit(PermitType.FAMILY_REUNIFICATION, LocalDate.of(2016, 5, 18), 12)
                .legalStayStart(null).build();

        ObligationVerdict verdict = rules.evaluate(before);

        assertThat(verdict.code()).isEqualTo(ObligationCode.PERMIT_BEFORE_2016);
        assertThat(verdict.ruleSetVersion().id()).isEqualTo("2016.1");
    }

    @Test
    void permitOrderedOnTheDayTheObligationCameIntoForceIsObligedUnderTheRegimeOf2016() {
        ObligationFacts first = obligedMoroccanInLiege().asOf(LocalDate.of(2016, 6, 1))
                .permit(PermitType.FAMILY_REUNIFICATION, LocalDate.of(2016, 5, 19), 12)
                .legalStayStart(null).build();

        ObligationVerdict verdict = rules.evaluate(first);

        assertThat(verdict.status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThat(verdict.deadline()).isEqualTo(new Deadline(LocalDate.of(2017, 11, 19), DeadlineRegime.REGIME_2016));
    }
}
