package be.wallonie.parcours.api.obligation;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import be.wallonie.parcours.domain.obligation.CountryGroups;
import be.wallonie.parcours.domain.shared.CountryCode;

/**
 * The UE+ states (EU, EEA, Switzerland) from the {@code country_group} reference table. The set is tiny and changes
 * only by migration: it is read once, on first use, and kept for the life of the application.
 */
@ApplicationScoped
public class PanacheCountryGroups implements CountryGroups {

    private final EntityManager entityManager;
    private volatile Set<String> uePlus;

    PanacheCountryGroups(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean isUePlus(CountryCode country) {
        return uePlus().contains(country.value());
    }

    private Set<String> uePlus() {
        Set<String> loaded = uePlus;
        if (loaded == null) {
            List<String> codes = entityManager
                    .createNativeQuery("select iso2 from country_group where ue_plus", String.class)
                    .getResultList();
            loaded = Set.copyOf(codes);
            uePlus = loaded;
        }
        return loaded;
    }
}
