package be.wallonie.parcours.domain.obligation;

import be.wallonie.parcours.domain.shared.CountryCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The points of the rules that public sources leave open (domain rules §7), as settings with documented defaults.
 * Commune-to-CRI assignments, the 15 uncertain Hainaut communes included, are reference data that an administrator
 * corrects; the rules receive the resolved {@link be.wallonie.parcours.domain.shared.CommuneOfResidence}.
 *
 * @param threeYearRegimeEffectiveDate   first permit order date with the 3-year deadline (decree of 14 March 2024;
 *                                       default 2025-01-01, since 2024-05-04 is also cited)
 * @param standstillNationalities        nationalities dispensed by a standstill clause of an EU association agreement
 *                                       (D6; default {@code TR})
 * @param withdrawalAgreementNotInTarget whether a United Kingdom national registered as a Union citizen, a Withdrawal
 *                                       Agreement beneficiary (card M), is outside the target group (default true)
 * @param minorBecomesObligedAtEighteen  whether a person under 18 on the order date becomes obliged on turning 18,
 *                                       the deadline then counting from the 18th birthday (default false: the age on
 *                                       the order date decides for good)
 * @param administrativeFine             range of the administrative fine for a late obliged person (default 100 to
 *                                       2,500 EUR, as reported for 2016)
 */
public record ObligationSettings(LocalDate threeYearRegimeEffectiveDate, Set<CountryCode> standstillNationalities,
        boolean withdrawalAgreementNotInTarget, boolean minorBecomesObligedAtEighteen, FineRange administrativeFine) {

    public ObligationSettings {
        Objects.requireNonNull(threeYearRegimeEffectiveDate, "threeYearRegimeEffectiveDate");
        Objects.requireNonNull(administrativeFine, "administrativeFine");
        if (!threeYearRegimeEffectiveDate.isAfter(RuleSetVersion.DECREE_2018_IN_FORCE)) {
            throw new IllegalArgumentException("threeYearRegimeEffectiveDate must be after "
                    + RuleSetVersion.DECREE_2018_IN_FORCE);
        }
        standstillNationalities = Set.copyOf(standstillNationalities);
    }

    public static ObligationSettings defaults() {
        return new ObligationSettings(LocalDate.of(2025, 1, 1), Set.of(new CountryCode("TR")), true, false,
                new FineRange(new BigDecimal("100"), new BigDecimal("2500")));
    }

    public ObligationSettings withThreeYearRegimeEffectiveDate(LocalDate effectiveDate) {
        return new ObligationSettings(effectiveDate, standstillNationalities, withdrawalAgreementNotInTarget,
                minorBecomesObligedAtEighteen, administrativeFine);
    }

    public ObligationSettings withStandstillNationalities(Set<CountryCode> nationalities) {
        return new ObligationSettings(threeYearRegimeEffectiveDate, nationalities, withdrawalAgreementNotInTarget,
                minorBecomesObligedAtEighteen, administrativeFine);
    }

    public ObligationSettings withWithdrawalAgreementNotInTarget(boolean notInTarget) {
        return new ObligationSettings(threeYearRegimeEffectiveDate, standstillNationalities, notInTarget,
                minorBecomesObligedAtEighteen, administrativeFine);
    }

    public ObligationSettings withMinorBecomesObligedAtEighteen(boolean becomesObliged) {
        return new ObligationSettings(threeYearRegimeEffectiveDate, standstillNationalities,
                withdrawalAgreementNotInTarget, becomesObliged, administrativeFine);
    }

    /**
     * Range of the administrative fine, in euros, that the SPW may impose on an obliged person who does not complete
     * the programme in time. Not reaching level A2 is never sanctioned.
     */
    public record FineRange(BigDecimal minimumEuros, BigDecimal maximumEuros) {

        public FineRange {
            Objects.requireNonNull(minimumEuros, "minimumEuros");
            Objects.requireNonNull(maximumEuros, "maximumEuros");
            if (minimumEuros.signum() < 0 || minimumEuros.compareTo(maximumEuros) > 0) {
                throw new IllegalArgumentException("the fine range must satisfy 0 <= minimum <= maximum");
            }
        }
    }
}
