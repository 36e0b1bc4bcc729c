package be.wallonie.parcours.domain.convention;

import java.util.Optional;
import java.util.UUID;

/** Where conventions and their versions are kept: one per case file. Reach them through a case file. */
public interface ConventionRepository {

    Optional<Convention> findByCaseFile(UUID caseFileId);

    void add(Convention convention);
}
