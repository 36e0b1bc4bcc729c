package be.wallonie.parcours.domain.territory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the communes, their CRIs and postal localities are kept. */
public interface TerritoryRepository {

    /** The commune with this NIS code; an old code (mergers, 2019 arrondissement reform) finds its successor. */
    Optional<Commune> findCommune(String nisCode);

    /** The communes that a postal code covers (usually one). */
    List<Commune> findCommunesByPostalCode(String postalCode);

    /** All communes, ordered by NIS code, optionally those of one CRI. */
    List<Commune> listCommunes(String criCode);

    /** The postal localities of a commune, main locality first. */
    List<PostalLocality> localitiesOf(String nisCode);

    /** The postal codes of each of these communes, sorted. */
    Map<String, List<String>> postalCodesOf(Collection<String> nisCodes);

    Optional<Cri> findCri(String code);

    List<Cri> listCris();

    /** The commune's reassignments, oldest first. */
    List<CommuneCriReassignment> reassignmentsOf(String nisCode);

    void record(CommuneCriReassignment reassignment);
}
