package be.wallonie.parcours.api.attendance;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import be.wallonie.parcours.domain.attendance.AxisEquivalence;
import be.wallonie.parcours.domain.attendance.AxisEquivalenceRepository;

/** The equivalences of case files in PostgreSQL (V007): only ever persisted; a trigger refuses updates and deletes. */
@ApplicationScoped
public class PanacheAxisEquivalenceRepository implements AxisEquivalenceRepository {

    private final EntityManager entityManager;

    PanacheAxisEquivalenceRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<AxisEquivalence> findByCaseFile(UUID caseFileId) {
        return entityManager.createQuery("""
                from AxisEquivalence q where q.caseFileId = :file
                order by q.effectiveOn, q.recordedAt, q.id""", AxisEquivalence.class)
                .setParameter("file", caseFileId)
                .getResultList();
    }

    @Override
    public List<AxisEquivalence> findByCaseFiles(Collection<UUID> caseFileIds) {
        return entityManager.createQuery("""
                from AxisEquivalence q where q.caseFileId in :files
                order by q.effectiveOn, q.recordedAt, q.id""", AxisEquivalence.class)
                .setParameter("files", caseFileIds)
                .getResultList();
    }

    @Override
    public void add(AxisEquivalence equivalence) {
        entityManager.persist(equivalence);
    }
}
