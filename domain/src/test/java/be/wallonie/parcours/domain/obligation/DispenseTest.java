package be.wallonie.parcours.domain.obligation;

import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.indianWorkerInNamur;
import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.obligedMoroccanInLiege;
import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.obligedSyrianRefugeeInCharleroi;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.parcours.domain.shared.CountryCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dispenses D1 to D8 (CWASS art. 152/7 §3, CRWASS art. 238/3). */
class DispenseTest {

    private final ObligationRules rules = new ObligationRules(ReferenceDataFixture.countryGroups(),
            ObligationSettings.defaults());

    private ObligationVerdict refugeeBornOn(LocalDate birthDate, LocalDate orderDate) {
        return refugeeBornOn(birthDate, orderDate, orderDate);
    }

    private ObligationVerdict refugeeBornOn(LocalDate birthDate, LocalDate orderDate, LocalDate asOf) {
        return rules.evaluate(obligedSyrianRefugeeInCharleroi().birthDate(birthDate)
                .permit(PermitType.REFUGEE, orderDate, 12).asOf(asOf).build());
    }

    @Test
    void personAged65OnOrderDateIsDispensedD3() {
        ObligationVerdict verdict = refugeeBornOn(LocalDate.of(1960, 4, 20), LocalDate.of(2025, 4, 20));

        assertThat(verdict.status()).isEqualTo(ObligationStatus.DISPENSED);
        assertThat(verdict.code()).isEqualTo(ObligationCode.D3);
        assertThat(verdict.deadline()).isNull();
    }

    @Test
    void personAged64IsObliged() {
        ObligationVerdict verdict = refugeeBornOn(LocalDate.of(1960, 4, 21), LocalDate.of(2025, 4, 20));

        assertThat(verdict.status()).isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void personObligedAt64IsDispensedD3FromThe65thBirthdayOn() {
        LocalDate birthDate = LocalDate.of(1960, 4, 21);
        LocalDate orderDate = LocalDate.of(2025, 4, 20);

        assertThat(refugeeBornOn(birthDate, orderDate, LocalDate.of(2025, 4, 20)).status())
                .isEqualTo(ObligationStatus.OBLIGED);
        ObligationVerdict onTheBirthday = refugeeBornOn(birthDate, orderDate, LocalDate.of(2025, 4, 21));
        assertThat(onTheBirthday.code()).isEqualTo(ObligationCode.D3);
        assertThat(onTheBirthday.deadline()).isNull();
    }

    @Test
    void the65thBirthdayIsJudgedOnTheCheckDateNotOnTheOrderDate() {
        ObligationVerdict verdict = refugeeBornOn(LocalDate.of(1961, 1, 10), LocalDate.of(2025, 4, 20),
                LocalDate.of(2026, 1, 10));

        assertThat(verdict.code()).isEqualTo(ObligationCode.D3);
        assertThat(verdict.explanation()).anySatisfy(rule -> {
            assertThat(rule.code()).isEqualTo(ObligationCode.D3);
            assertThat(rule.facts()).containsEntry("seniorityJudgedOn", "2026-01-10")
                    .containsEntry("ageOnSeniorityDate", "65").containsEntry("ageOnReferenceDate", "64");
        });
    }

    @Test
    void personUnder18OnOrderDateIsDispensedD3() {
        assertThat(refugeeBornOn(LocalDate.of(2007, 4, 21), LocalDate.of(2025, 4, 20)).code())
                .isEqualTo(ObligationCode.D3);
    }

    @Test
    void personTurning18OnOrderDateIsObliged() {
        assertThat(refugeeBornOn(LocalDate.of(2007, 4, 20), LocalDate.of(2025, 4, 20)).status())
                .isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void personBornOnALeapDayTurns65OnTheTwentyEighthOfFebruaryOfACommonYear() {
        LocalDate leapDay = LocalDate.of(1960, 2, 29);

        assertThat(refugeeBornOn(leapDay, LocalDate.of(2025, 2, 28)).code()).isEqualTo(ObligationCode.D3);
        assertThat(refugeeBornOn(leapDay, LocalDate.of(2025, 2, 27)).status()).isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void personBornOnALeapDayTurns18OnTheTwentyEighthOfFebruaryOfACommonYear() {
        LocalDate leapDay = LocalDate.of(2008, 2, 29);

        assertThat(refugeeBornOn(leapDay, LocalDate.of(2026, 2, 28)).status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThat(refugeeBornOn(leapDay, LocalDate.of(2026, 2, 27)).code()).isEqualTo(ObligationCode.D3);
    }

    @Test
    void minorOnOrderDateStaysDispensedAfterTurning18ByDefault() {
        ObligationFacts grownUp = obligedSyrianRefugeeInCharleroi().birthDate(LocalDate.of(2008, 6, 1))
                .asOf(LocalDate.of(2026, 7, 1)).build();

        assertThat(rules.evaluate(grownUp).code()).isEqualTo(ObligationCode.D3);
    }

    @Test
    void minorBecomesObligedOnTurning18WhenTheSettingSaysSoWithADeadlineFromTheBirthday() {
        ObligationRules minorsBecomeObliged = new ObligationRules(ReferenceDataFixture.countryGroups(),
                ObligationSettings.defaults().withMinorBecomesObligedAtEighteen(true));
        ObligationFacts.Builder minor = obligedSyrianRefugeeInCharleroi().birthDate(LocalDate.of(2008, 6, 1));

        assertThat(minorsBecomeObliged.evaluate(minor.asOf(LocalDate.of(2026, 5, 31)).build()).code())
                .isEqualTo(ObligationCode.D3);
        ObligationVerdict adult = minorsBecomeObliged.evaluate(minor.asOf(LocalDate.of(2026, 6, 1)).build());
        assertThat(adult.status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThat(adult.deadline())
                .isEqualTo(new Deadline(LocalDate.of(2029, 6, 1), DeadlineRegime.REGIME_2025_THREE_YEARS));
    }

    @Test
    void temporaryProtectionPermitIsDispensedD8() {
        ObligationFacts cardA = obligedMoroccanInLiege().nationality("UA")
                .permit(PermitType.TEMPORARY_PROTECTION, LocalDate.of(2023, 3, 10), 12).build();

        assertThat(rules.evaluate(cardA).code()).isEqualTo(ObligationCode.D8);
    }

    @Test
    void familyMemberOfTemporaryProtectionBeneficiaryIsDispensedD8() {
        ObligationFacts family = obligedMoroccanInLiege()
                .familyMemberOf(FamilyLink.TEMPORARY_PROTECTION_BENEFICIARY).build();

        assertThat(rules.evaluate(family).code()).isEqualTo(ObligationCode.D8);
    }

    @Test
    void ukrainianWithAnOrdinaryPermitIsObligedBecauseTheStatusDispensesNotTheNationality() {
        assertThat(rules.evaluate(indianWorkerInNamur().nationality("UA").build()).status())
                .isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void turkishNationalIsDispensedD6ByDefault() {
        assertThat(rules.evaluate(obligedMoroccanInLiege().nationality("TR").build()).code())
                .isEqualTo(ObligationCode.D6);
    }

    @Test
    void standstillNationalitiesAreASetting() {
        ObligationRules noStandstill = new ObligationRules(ReferenceDataFixture.countryGroups(),
                ObligationSettings.defaults().withStandstillNationalities(Set.of()));
        ObligationRules moroccanStandstill = new ObligationRules(ReferenceDataFixture.countryGroups(),
                ObligationSettings.defaults().withStandstillNationalities(Set.of(new CountryCode("MA"))));

        assertThat(noStandstill.evaluate(obligedMoroccanInLiege().nationality("TR").build()).status())
                .isEqualTo(ObligationStatus.OBLIGED);
        assertThat(moroccanStandstill.evaluate(obligedMoroccanInLiege().build()).code()).isEqualTo(ObligationCode.D6);
    }

    @Test
    void medicalCertificateDispensesD1() {
        assertThat(rules.evaluate(obligedMoroccanInLiege().medicalCertificate(true).build()).code())
                .isEqualTo(ObligationCode.D1);
    }

    @Test
    void belgianDiplomaDispensesD2() {
        assertThat(rules.evaluate(obligedMoroccanInLiege().belgianDiploma(true).build()).code())
                .isEqualTo(ObligationCode.D2);
    }

    @Test
    void everyStudyStatusDispensesD5() {
        for (StudyStatus status : new StudyStatus[]{StudyStatus.REGULAR_STUDENT, StudyStatus.EXCHANGE_STUDENT,
                StudyStatus.DOCTORAL_GRANT, StudyStatus.HIGHER_EDUCATION_TEACHER}) {
            assertThat(rules.evaluate(obligedMoroccanInLiege().studyStatus(status).build()).code()).as(status.name())
                    .isEqualTo(ObligationCode.D5);
        }
    }

    @Test
    void studentPermitProvesRegularStudiesD5() {
        ObligationFacts student = obligedMoroccanInLiege()
                .permit(PermitType.STUDENT, LocalDate.of(2023, 3, 10), 12).build();

        assertThat(rules.evaluate(student).code()).isEqualTo(ObligationCode.D5);
    }

    @Test
    void researcherWithoutDoctoralGrantIsObliged() {
        ObligationFacts researcher = obligedMoroccanInLiege()
                .permit(PermitType.RESEARCHER, LocalDate.of(2023, 3, 10), 12).build();

        assertThat(rules.evaluate(researcher).status()).isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void priorAttestationDispensesD7() {
        assertThat(rules.evaluate(obligedMoroccanInLiege().priorAttestation(true).build()).code())
                .isEqualTo(ObligationCode.D7);
    }

    @Test
    void employmentHalfTimeOverThreeMonthsDispensesFromTheFollowingDay() {
        ObligationFacts.Builder halfTime = indianWorkerInNamur()
                .employment(LocalDate.of(2023, 9, 1), null, new BigDecimal("0.5"));

        assertThat(rules.evaluate(halfTime.asOf(LocalDate.of(2023, 12, 1)).build()).status())
                .isEqualTo(ObligationStatus.OBLIGED);
        assertThat(rules.evaluate(halfTime.asOf(LocalDate.of(2023, 12, 2)).build()).code())
                .isEqualTo(ObligationCode.D4);
    }

    @Test
    void employmentStartedAtTheEndOfAMonthQualifiesTheDayAfterTheClampedDate() {
        ObligationFacts.Builder fromNovember30 = indianWorkerInNamur()
                .employment(LocalDate.of(2023, 11, 30), null, BigDecimal.ONE);

        assertThat(rules.evaluate(fromNovember30.asOf(LocalDate.of(2024, 2, 29)).build()).status())
                .isEqualTo(ObligationStatus.OBLIGED);
        assertThat(rules.evaluate(fromNovember30.asOf(LocalDate.of(2024, 3, 1)).build()).code())
                .isEqualTo(ObligationCode.D4);
    }

    @Test
    void employmentBelowHalfTimeDoesNotDispense() {
        ObligationFacts belowHalfTime = indianWorkerInNamur().asOf(LocalDate.of(2024, 5, 1))
                .employment(LocalDate.of(2023, 9, 1), null, new BigDecimal("0.49")).build();

        assertThat(rules.evaluate(belowHalfTime).status()).isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void employmentEndedBeforeLastingMoreThanThreeMonthsDoesNotDispense() {
        ObligationFacts shortJob = indianWorkerInNamur().asOf(LocalDate.of(2024, 5, 1))
                .employment(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 1), BigDecimal.ONE).build();

        assertThat(rules.evaluate(shortJob).status()).isEqualTo(ObligationStatus.OBLIGED);
    }

    @Test
    void employmentThatLastedMoreThanThreeMonthsKeepsDispensingAfterItEnded() {
        ObligationFacts endedJob = indianWorkerInNamur().asOf(LocalDate.of(2024, 5, 1))
                .employment(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 2), BigDecimal.ONE).build();

        assertThat(rules.evaluate(endedJob).code()).isEqualTo(ObligationCode.D4);
    }

    @Test
    void eachPeriodIsJudgedOnItsOwn() {
        ObligationFacts twoJobs = indianWorkerInNamur().asOf(LocalDate.of(2024, 5, 1))
                .employment(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 31), BigDecimal.ONE)
                .employment(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 31), BigDecimal.ONE)
                .build();

        assertThat(rules.evaluate(twoJobs).status()).isEqualTo(ObligationStatus.OBLIGED);
    }
}
