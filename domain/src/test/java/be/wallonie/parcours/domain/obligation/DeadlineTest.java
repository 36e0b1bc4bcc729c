package be.wallonie.parcours.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The deadline regimes: 18 months, then 3 years from an effective date that is a setting. */
class DeadlineTest {

    private final ObligationSettings defaults = ObligationSettings.defaults();

    private Deadline deadline(LocalDate orderDate, ObligationSettings settings) {
        return Deadline.forPermitOrderedOn(orderDate, settings).orElseThrow();
    }

    @Test
    void deadlineIsClampedToMonthEnd() {
        assertThat(deadline(LocalDate.of(2023, 8, 31), defaults))
                .isEqualTo(new Deadline(LocalDate.of(2025, 2, 28), DeadlineRegime.REGIME_2018));
    }

    @Test
    void permitOrderedOnLeapDayUnderTheThreeYearRegimeEndsOnTheTwentyEighthOfFebruary() {
        assertThat(deadline(LocalDate.of(2028, 2, 29), defaults).date()).isEqualTo(LocalDate.of(2031, 2, 28));
    }

    @Test
    void permitOrderedOnTheLastDayBeforeTheThreeYearRegimeHas18Months() {
        assertThat(deadline(LocalDate.of(2024, 12, 31), defaults))
                .isEqualTo(new Deadline(LocalDate.of(2026, 6, 30), DeadlineRegime.REGIME_2018));
    }

    @Test
    void permitOrderedOnTheEffectiveDateOfTheThreeYearRegimeHas3Years() {
        assertThat(deadline(LocalDate.of(2025, 1, 1), defaults))
                .isEqualTo(new Deadline(LocalDate.of(2028, 1, 1), DeadlineRegime.REGIME_2025_THREE_YEARS));
    }

    @Test
    void effectiveDateOfTheThreeYearRegimeIsASetting() {
        ObligationSettings fromMay2024 = defaults.withThreeYearRegimeEffectiveDate(LocalDate.of(2024, 5, 4));

        assertThat(deadline(LocalDate.of(2024, 5, 3), fromMay2024).regime()).isEqualTo(DeadlineRegime.REGIME_2018);
        assertThat(deadline(LocalDate.of(2024, 5, 4), fromMay2024))
                .isEqualTo(new Deadline(LocalDate.of(2027, 5, 4), DeadlineRegime.REGIME_2025_THREE_YEARS));
    }

    @Test
    void regimeOf2018AppliesFromItsEntryIntoForce() {
        assertThat(deadline(LocalDate.of(2018, 12, 16), defaults).regime()).isEqualTo(DeadlineRegime.REGIME_2016);
        assertThat(deadline(LocalDate.of(2018, 12, 17), defaults).regime()).isEqualTo(DeadlineRegime.REGIME_2018);
    }

    @Test
    void everyRegimeCitesItsDecree() {
        assertThat(DeadlineRegime.values()).allSatisfy(regime -> assertThat(regime.legalSource()).contains("ecree"));
        assertThat(DeadlineRegime.REGIME_2025_THREE_YEARS.months()).isEqualTo(36);
    }

    @Test
    void permitOrderedBeforeTheObligationExistedHasNoDeadline() {
        assertThat(Deadline.forPermitOrderedOn(LocalDate.of(2016, 5, 18), defaults)).isEmpty();
    }

    @Test
    void ruleSetVersionIsChosenByTheReferenceDate() {
        assertThat(RuleSetVersion.applicableOn(LocalDate.of(2015, 1, 1), defaults).id()).isEqualTo("2016.1");
        assertThat(RuleSetVersion.applicableOn(LocalDate.of(2018, 12, 17), defaults).id()).isEqualTo("2018.1");
        assertThat(RuleSetVersion.applicableOn(LocalDate.of(2024, 12, 31), defaults).id()).isEqualTo("2018.1");
        assertThat(RuleSetVersion.applicableOn(LocalDate.of(2025, 1, 1), defaults).id()).isEqualTo("2025.1");
    }

    @Test
    void obligedVerdictCarriesTheDeadlineAndTheVersionOfItsOrderDate() {
        ObligationRules rules = new ObligationRules(ReferenceDataFixture.countryGroups(), defaults);

        ObligationVerdict verdict = rules.evaluate(ObligationFactsFixture.obligedSyrianRefugeeInCharleroi().build());

        assertThat(verdict.deadline())
                .isEqualTo(new Deadline(LocalDate.of(2028, 2, 15), DeadlineRegime.REGIME_2025_THREE_YEARS));
        assertThat(verdict.ruleSetVersion().id()).isEqualTo("2025.1");
        assertThat(verdict.criCode()).isEqualTo("CRIC");
    }
}
