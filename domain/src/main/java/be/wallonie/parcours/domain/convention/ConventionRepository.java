package be.wallonie.parcours.domain.convention;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where conventions and their versions are kept: one per case file. Reach them through a case file. */
public interface ConventionRepository {

    Optional<Convention> findByCaseFile(UUID caseFileId);

    /** The conventions of several case files at once (a list of files reads them in one query). */
    List<Convention> findByCaseFiles(Collection<UUID> caseFileIds);

    void add(Convention convention);
}
