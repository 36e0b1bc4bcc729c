package be.wallonie.parcours.api.territory;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;
import be.wallonie.parcours.api.shared.Versions;
import be.wallonie.parcours.domain.territory.Commune;
import be.wallonie.parcours.domain.territory.CommuneCriReassignment;
import be.wallonie.parcours.domain.territory.Cri;
import be.wallonie.parcours.domain.territory.TerritoryException;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/** Reading the territories, and the administrator's changes to them. */
@ApplicationScoped
@Transactional
public class TerritoryService {

    private static final Logger LOG = Logger.getLogger(TerritoryService.class);

    private final TerritoryRepository territories;
    private final Clock clock;

    TerritoryService(TerritoryRepository territories, Clock clock) {
        this.territories = territories;
        this.clock = clock;
    }

    /** A commune and its postal codes. */
    public record CommuneView(Commune commune, List<String> postalCodes) {
    }

    public List<CommuneView> communes(String postalCode, String criCode) {
        List<Commune> communes = postalCode != null
                ? territories.findCommunesByPostalCode(postalCode)
                : territories.listCommunes(criCode);
        if (postalCode != null && criCode != null) {
            communes = communes.stream().filter(c -> c.cri() != null && criCode.equals(c.cri().code())).toList();
        }
        Map<String, List<String>> postalCodes = territories.postalCodesOf(
                communes.stream().map(Commune::nisCode).toList());
        return communes.stream().map(c -> new CommuneView(c, postalCodes.getOrDefault(c.nisCode(), List.of())))
                .toList();
    }

    public CommuneView commune(String nisCode) {
        Commune commune = territories.findCommune(nisCode).orElseThrow(ProblemException::notFound);
        return view(commune);
    }

    public List<CommuneCriReassignment> reassignments(String nisCode) {
        Commune commune = territories.findCommune(nisCode).orElseThrow(ProblemException::notFound);
        return territories.reassignmentsOf(commune.nisCode());
    }

    /** Moves a commune to another CRI, keeping the change in its history. */
    public CommuneView reassign(String nisCode, long expectedVersion, String criCode, String reason,
            String decidedBy) {
        Commune commune = territories.findCommune(nisCode).orElseThrow(ProblemException::notFound);
        Versions.require(expectedVersion, commune.version());
        Cri cri = territories.findCri(criCode)
                .orElseThrow(() -> ProblemException.invalid(new FieldIssue("cri", "issue.unknown-cri")));
        try {
            territories.record(commune.reassignTo(cri, reason, decidedBy, clock.instant()));
        } catch (TerritoryException e) {
            throw refusal(e);
        }
        LOG.infof("Commune %s reassigned to CRI %s", commune.nisCode(), cri.code());
        return view(commune);
    }

    public List<Cri> cris() {
        return territories.listCris();
    }

    public Cri cri(String code) {
        return territories.findCri(code).orElseThrow(ProblemException::notFound);
    }

    /** Completes or corrects a CRI's public contact details. */
    public Cri updateCri(String code, long expectedVersion, CriRequest request) {
        Cri cri = cri(code);
        Versions.require(expectedVersion, cri.version());
        cri.updateContact(request.name(), request.seat(), request.address(), request.phone(), request.website());
        return cri;
    }

    private CommuneView view(Commune commune) {
        return new CommuneView(commune,
                territories.postalCodesOf(List.of(commune.nisCode())).getOrDefault(commune.nisCode(), List.of()));
    }

    private static ProblemException refusal(TerritoryException e) {
        return switch (e.reason()) {
            case GERMAN_SPEAKING_COMMUNE -> ProblemException.refused("TERRITORY.GERMAN_SPEAKING_COMMUNE");
            case SAME_CRI -> ProblemException.refused("TERRITORY.SAME_CRI");
            case REASON_REQUIRED -> ProblemException.invalid(new FieldIssue("reason", "issue.required"));
        };
    }
}
