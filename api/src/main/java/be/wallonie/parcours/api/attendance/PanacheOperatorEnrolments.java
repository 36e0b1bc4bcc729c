package be.wallonie.parcours.api.attendance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import be.wallonie.parcours.domain.attendance.OperatorEnrolments;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentStatus;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * An operator's enrolments in PostgreSQL, the operator's code in every query. The case file is locked with
 * {@code PESSIMISTIC_FORCE_INCREMENT}, as {@code CaseFiles.change} does but without If-Match.
 */
@ApplicationScoped
public class PanacheOperatorEnrolments implements OperatorEnrolments {

    private final EntityManager entityManager;

    PanacheOperatorEnrolments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Enrolment> find(UUID enrolmentId, String operatorCode) {
        return entityManager.createQuery("from Enrolment e where e.id = :id and e.operatorCode = :operator",
                Enrolment.class)
                .setParameter("id", enrolmentId)
                .setParameter("operator", operatorCode)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Enrolment> lockForRecording(UUID enrolmentId, String operatorCode) {
        Optional<UUID> file = entityManager.createQuery(
                "select e.caseFile.id from Enrolment e where e.id = :id and e.operatorCode = :operator", UUID.class)
                .setParameter("id", enrolmentId)
                .setParameter("operator", operatorCode)
                .getResultStream()
                .findFirst();
        file.ifPresent(id -> entityManager.find(CaseFile.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT));
        return file.flatMap(found -> find(enrolmentId, operatorCode));
    }

    @Override
    public Page<Enrolment> list(String operatorCode, Axis axis, EnrolmentStatus status, Paging paging) {
        String where = "e.operatorCode = :operator" + (axis == null ? "" : " and e.axis = :axis")
                + (status == null ? "" : " and e.status = :status");
        TypedQuery<Long> count = entityManager.createQuery("select count(e) from Enrolment e where " + where,
                Long.class);
        TypedQuery<Enrolment> query = entityManager.createQuery(
                "from Enrolment e where " + where + " order by e.startDate desc, e.id", Enrolment.class);
        for (TypedQuery<?> each : List.of(count, query)) {
            each.setParameter("operator", operatorCode);
            if (axis != null) {
                each.setParameter("axis", axis);
            }
            if (status != null) {
                each.setParameter("status", status);
            }
        }
        long total = count.getSingleResult();
        List<Enrolment> items = total <= paging.offset()
                ? List.of()
                : query.setFirstResult((int) paging.offset()).setMaxResults(paging.pageSize()).getResultList();
        return Page.of(items, paging, total);
    }

    @Override
    public Person personOf(Enrolment enrolment) {
        return entityManager.find(Person.class, enrolment.caseFile().personId());
    }
}
