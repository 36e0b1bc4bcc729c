package be.wallonie.parcours.api.attendance;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the ledger holds, read directly with SQL: to prove that a replayed or refused posting recorded nothing. */
@ApplicationScoped
public class AttendanceDatabase {

    private final EntityManager entityManager;

    AttendanceDatabase(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many entries (sessions and corrections) the enrolment has. */
    public long entries(String enrolmentId) {
        return count("select count(*) from attendance_entry where enrolment_id = :id", UUID.fromString(enrolmentId));
    }

    /** How many idempotency keys the operator used. */
    public long keys(String operatorCode, String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotency_record where tenant = :tenant and idempotency_key = :key")
                .setParameter("tenant", operatorCode)
                .setParameter("key", key)
                .getSingleResult()).longValue());
    }

    /** How many audit events of the action the person has. */
    public long audits(String personId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from audit_event where person_id = :id and action = :action")
                .setParameter("id", UUID.fromString(personId))
                .setParameter("action", action)
                .getSingleResult()).longValue());
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }
}
