package be.wallonie.parcours.domain.reception;

import java.util.Optional;
import java.util.UUID;

/** Where reception modules are kept: one per case file. Reach them through a case file the caller may see. */
public interface ReceptionRepository {

    Optional<ReceptionModule> findByCaseFile(UUID caseFileId);

    void add(ReceptionModule module);
}
