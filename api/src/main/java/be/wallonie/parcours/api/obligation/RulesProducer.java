package be.wallonie.parcours.api.obligation;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import be.wallonie.parcours.domain.obligation.CountryGroups;
import be.wallonie.parcours.domain.obligation.ObligationRules;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.ObligationSettings.FineRange;
import be.wallonie.parcours.domain.selfcheck.SelfCheck;
import be.wallonie.parcours.domain.shared.CountryCode;
import io.quarkus.runtime.Startup;

/**
 * The rules engine and the self-check as beans, with the settings read from {@link RulesConfig}. Built at start-up, so
 * that a wrong setting stops the application instead of failing a request.
 */
public class RulesProducer {

    @Produces
    @Singleton
    @Startup
    ObligationSettings settings(RulesConfig config) {
        try {
            Set<CountryCode> standstill = config.standstillNationalities().stream()
                    .map(String::strip)
                    .map(CountryCode::new)
                    .collect(Collectors.toUnmodifiableSet());
            return new ObligationSettings(config.threeYearRegimeFrom(), standstill,
                    config.withdrawalAgreementNotInTarget(), config.minorBecomesObligedAtEighteen(),
                    new FineRange(config.fine().minimumEuros(), config.fine().maximumEuros()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid parcours.rules configuration: " + e.getMessage(), e);
        }
    }

    @Produces
    @Singleton
    ObligationRules rules(CountryGroups countryGroups, ObligationSettings settings) {
        return new ObligationRules(countryGroups, settings);
    }

    @Produces
    @Singleton
    SelfCheck selfCheck(ObligationSettings settings) {
        return new SelfCheck(settings);
    }
}
