package be.wallonie.parcours.api.obligation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import io.smallrye.config.ConfigMapping;

/**
 * The open points of the rules (domain rules §7) as configuration, {@code parcours.rules.*} in
 * {@code application.properties}; {@link RulesProducer} turns them into the domain's {@code ObligationSettings}. See
 * {@code docs/rules.md}.
 */
@ConfigMapping(prefix = "parcours.rules")
public interface RulesConfig {

    /** First permit order date with the 3-year deadline ({@code three-year-regime-from}). */
    LocalDate threeYearRegimeFrom();

    /** ISO 3166-1 alpha-2 nationalities dispensed by a standstill clause, D6 ({@code standstill-nationalities}). */
    Set<String> standstillNationalities();

    /** Whether a UK Withdrawal Agreement beneficiary (card M) is outside the target group. */
    boolean withdrawalAgreementNotInTarget();

    /** Whether a person under 18 on the permit order date becomes obliged on turning 18. */
    boolean minorBecomesObligedAtEighteen();

    /** Range of the administrative fine for a late obliged person ({@code fine.minimum-euros}, ...). */
    Fine fine();

    /** Range of the administrative fine, in euros. */
    interface Fine {

        BigDecimal minimumEuros();

        BigDecimal maximumEuros();
    }
}
