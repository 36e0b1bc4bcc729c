package be.wallonie.parcours.domain.reception;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where reception modules are kept: one per case file. Reach them through a case file the caller may see. */
public interface ReceptionRepository {

    Optional<ReceptionModule> findByCaseFile(UUID caseFileId);

    /** The modules of several case files at once (a list of files reads them in one query). */
    List<ReceptionModule> findByCaseFiles(Collection<UUID> caseFileIds);

    void add(ReceptionModule module);
}
