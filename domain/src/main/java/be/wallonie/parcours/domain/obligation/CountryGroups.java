package be.wallonie.parcours.domain.obligation;

import be.wallonie.parcours.domain.shared.CountryCode;

/**
 * Port to the country groups reference data. "UE+" are the states of the European Union, completed by those of the
 * European Economic Area and Switzerland (CWASS art. 150, al. 1, 3°). The United Kingdom and Turkey are not UE+.
 */
@FunctionalInterface
public interface CountryGroups {

    boolean isUePlus(CountryCode country);
}
