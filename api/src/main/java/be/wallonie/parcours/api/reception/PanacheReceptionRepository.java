package be.wallonie.parcours.api.reception;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.ReceptionRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Reception modules and their social reviews in PostgreSQL, one module per case file. Tenancy: reached through a case
 * file the caller may see ({@code PanacheCaseFileRepository.findById(id, cri)} first).
 */
@ApplicationScoped
public class PanacheReceptionRepository implements ReceptionRepository, PanacheRepositoryBase<ReceptionModule, UUID> {

    @Override
    public Optional<ReceptionModule> findByCaseFile(UUID caseFileId) {
        return find("from ReceptionModule r where r.caseFile.id = ?1", caseFileId).firstResultOptional();
    }

    @Override
    public void add(ReceptionModule module) {
        persist(module);
    }
}
