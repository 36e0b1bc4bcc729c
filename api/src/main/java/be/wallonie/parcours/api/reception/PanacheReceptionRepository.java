package be.wallonie.parcours.api.reception;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.ReceptionRepository;

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
    public List<ReceptionModule> findByCaseFiles(Collection<UUID> caseFileIds) {
        return list("from ReceptionModule r where r.caseFile.id in ?1", caseFileIds);
    }

    @Override
    public void add(ReceptionModule module) {
        persist(module);
    }
}
