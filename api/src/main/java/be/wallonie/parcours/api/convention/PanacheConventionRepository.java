package be.wallonie.parcours.api.convention;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;

/**
 * Conventions and their versions in PostgreSQL, one convention per case file. Tenancy: reached through a case file the
 * caller may see.
 */
@ApplicationScoped
public class PanacheConventionRepository implements ConventionRepository, PanacheRepositoryBase<Convention, UUID> {

    @Override
    public Optional<Convention> findByCaseFile(UUID caseFileId) {
        return find("from Convention c where c.caseFile.id = ?1", caseFileId).firstResultOptional();
    }

    @Override
    public List<Convention> findByCaseFiles(Collection<UUID> caseFileIds) {
        return list("from Convention c where c.caseFile.id in ?1", caseFileIds);
    }

    @Override
    public void add(Convention convention) {
        persist(convention);
    }
}
