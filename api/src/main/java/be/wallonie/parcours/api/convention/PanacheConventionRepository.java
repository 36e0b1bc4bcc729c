package be.wallonie.parcours.api.convention;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

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
    public void add(Convention convention) {
        persist(convention);
    }
}
