package be.wallonie.parcours.api.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import be.wallonie.parcours.domain.assessment.AssessmentRepository;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.obligation.ObligationStatus;

/**
 * Obligation assessments in PostgreSQL, appended and never changed. The port's {@code Optional findById(UUID)} clashes
 * with {@code PanacheRepositoryBase.findById}, which returns the entity, so this adapter queries through the
 * {@link EntityManager} that Panache uses. Tenancy: reached through a person the caller may see.
 */
@ApplicationScoped
public class PanacheAssessmentRepository implements AssessmentRepository {

    private static final String LATEST_FIRST = " order by a.assessedAt desc, a.id desc";

    private final EntityManager entityManager;

    PanacheAssessmentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(ObligationAssessment assessment) {
        entityManager.persist(assessment);
    }

    @Override
    public Optional<ObligationAssessment> findById(UUID id) {
        return Optional.ofNullable(entityManager.find(ObligationAssessment.class, id));
    }

    @Override
    public Optional<ObligationAssessment> findLatest(UUID personId) {
        return historyQuery(personId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ObligationAssessment> historyOf(UUID personId) {
        return historyQuery(personId).getResultList();
    }

    /** One query for the page: the assessments of the latest time of each person (the greatest id wins a tie). */
    @Override
    public Map<UUID, ObligationStatus> latestStatuses(Collection<UUID> personIds) {
        Map<UUID, ObligationStatus> statuses = new HashMap<>();
        if (personIds.isEmpty()) {
            return statuses;
        }
        entityManager.createQuery("""
                select a.personId, a.status from ObligationAssessment a
                where a.personId in :persons
                and a.assessedAt = (select max(b.assessedAt) from ObligationAssessment b where b.personId = a.personId)
                order by a.personId, a.id desc""", Object[].class)
                .setParameter("persons", personIds)
                .getResultStream()
                .forEach(row -> statuses.putIfAbsent((UUID) row[0], (ObligationStatus) row[1]));
        return statuses;
    }

    private TypedQuery<ObligationAssessment> historyQuery(UUID personId) {
        return entityManager.createQuery("from ObligationAssessment a where a.personId = :person" + LATEST_FIRST,
                ObligationAssessment.class)
                .setParameter("person", personId);
    }
}
