package be.wallonie.parcours.api.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    /** The net hours the ledger's entries hold for the person on {@code day}. */
    public BigDecimal entriesOnDay(String personId, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> (BigDecimal) entityManager.createNativeQuery(
                "select coalesce(sum(hours), 0) from attendance_entry where person_id = :id and session_date = :day")
                .setParameter("id", UUID.fromString(personId))
                .setParameter("day", day)
                .getSingleResult());
    }

    /**
     * How many running totals (V013: per person and day, per enrolment and day, per case file, axis and day) differ from
     * the sum of the entries they total, or are missing: 0 when the totals hold.
     */
    public long totalsDifferingFromEntries() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select
                  (select count(*) from attendance_person_day_total t
                   full join (select person_id, session_date, sum(hours) hours from attendance_entry
                              group by person_id, session_date) e
                     on e.person_id = t.person_id and e.session_date = t.day
                   where t.hours is distinct from e.hours)
                + (select count(*) from attendance_enrolment_day_total t
                   full join (select enrolment_id, session_date, sum(hours) hours from attendance_entry
                              group by enrolment_id, session_date) e
                     on e.enrolment_id = t.enrolment_id and e.session_date = t.day
                   where t.hours is distinct from e.hours)
                + (select count(*) from attendance_axis_day_total t
                   full join (select case_file_id, axis, session_date, sum(hours) hours from attendance_entry
                              group by case_file_id, axis, session_date) e
                     on e.case_file_id = t.case_file_id and e.axis = t.axis and e.session_date = t.day
                   where t.hours is distinct from e.hours)""").getSingleResult()).longValue());
    }

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }
}
