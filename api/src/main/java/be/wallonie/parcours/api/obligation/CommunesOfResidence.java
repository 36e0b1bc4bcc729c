package be.wallonie.parcours.api.obligation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.shared.NisCode;
import be.wallonie.parcours.domain.territory.Commune;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/**
 * Resolves a commune of the reference data into the value the rules read: its NIS code and its territory (the CRI, or
 * the German-language region). An old NIS code (2019 arrondissement reform, 2025 mergers) resolves to the commune that
 * replaced it. Call it inside a transaction.
 */
@ApplicationScoped
public class CommunesOfResidence {

    private final TerritoryRepository territories;

    CommunesOfResidence(TerritoryRepository territories) {
        this.territories = territories;
    }

    public Optional<CommuneOfResidence> find(NisCode nisCode) {
        return territories.findCommune(nisCode.value()).map(CommunesOfResidence::of);
    }

    public static CommuneOfResidence of(Commune commune) {
        if (commune.germanSpeaking()) {
            return new CommuneOfResidence(new NisCode(commune.nisCode()),
                    CommuneOfResidence.GERMAN_SPEAKING_COMMUNITY);
        }
        if (commune.cri() == null) {
            throw new IllegalStateException("Commune " + commune.nisCode() + " has no CRI in the reference data");
        }
        return new CommuneOfResidence(new NisCode(commune.nisCode()), commune.cri().code());
    }
}
