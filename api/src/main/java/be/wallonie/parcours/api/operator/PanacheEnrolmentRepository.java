package be.wallonie.parcours.api.operator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentRepository;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * Enrolments in PostgreSQL. The port's {@code Optional findById(UUID)} clashes with
 * {@code PanacheRepositoryBase.findById}, which returns the entity, so this adapter queries through the
 * {@link EntityManager} that Panache uses. Tenancy: a CRI reaches enrolments through its case files; an operator's list
 * is filtered by its code in the query, and paged in SQL.
 */
@ApplicationScoped
public class PanacheEnrolmentRepository implements EnrolmentRepository {

    private final EntityManager entityManager;

    PanacheEnrolmentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Enrolment> findById(UUID id) {
        return Optional.ofNullable(entityManager.find(Enrolment.class, id));
    }

    @Override
    public List<Enrolment> findByCaseFile(UUID caseFileId) {
        return entityManager.createQuery("from Enrolment e where e.caseFile.id = :file order by e.startDate, e.id",
                Enrolment.class)
                .setParameter("file", caseFileId)
                .getResultList();
    }

    @Override
    public List<Enrolment> findByCaseFiles(Collection<UUID> caseFileIds) {
        return entityManager.createQuery("from Enrolment e where e.caseFile.id in :files order by e.startDate, e.id",
                Enrolment.class)
                .setParameter("files", caseFileIds)
                .getResultList();
    }

    @Override
    public Page<Enrolment> findByOperator(String operatorCode, Paging paging) {
        long total = entityManager.createQuery("select count(e) from Enrolment e where e.operatorCode = :operator",
                Long.class)
                .setParameter("operator", operatorCode)
                .getSingleResult();
        List<Enrolment> items = total <= paging.offset()
                ? List.of()
                : entityManager.createQuery("""
                        from Enrolment e where e.operatorCode = :operator
                        order by e.startDate desc, e.id""", Enrolment.class)
                        .setParameter("operator", operatorCode)
                        .setFirstResult((int) paging.offset())
                        .setMaxResults(paging.pageSize())
                        .getResultList();
        return Page.of(items, paging, total);
    }

    @Override
    public void add(Enrolment enrolment) {
        entityManager.persist(enrolment);
    }
}
