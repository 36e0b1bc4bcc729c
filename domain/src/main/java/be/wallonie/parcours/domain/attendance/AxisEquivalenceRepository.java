package be.wallonie.parcours.domain.attendance;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where the equivalences of case files are kept: only ever added. */
public interface AxisEquivalenceRepository {

    /** The equivalences of a case file, by effective date. */
    List<AxisEquivalence> findByCaseFile(UUID caseFileId);

    /** The equivalences of several case files at once, each file's by effective date. */
    List<AxisEquivalence> findByCaseFiles(Collection<UUID> caseFileIds);

    void add(AxisEquivalence equivalence);
}
