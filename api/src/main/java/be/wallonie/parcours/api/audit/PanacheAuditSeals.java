package be.wallonie.parcours.api.audit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The seals of the audit trail's days and their check, both computed in PostgreSQL by V017's {@code audit_seal()} and
 * {@code audit_verify(from, to)}, the functions {@code deploy/audit-verify.sh} calls too.
 */
@ApplicationScoped
public class PanacheAuditSeals {

    /** A day sealed now: its rows and the chain's value after it (hexadecimal). */
    public record Seal(LocalDate day, long rows, String chain) {
    }

    /** A day checked: see {@code audit_verify} in V017 for the statuses. */
    public record DayCheck(LocalDate day, String status, Long rowsSealed, long rowsFound, String brokenTrail,
            String brokenRow) {
    }

    private final EntityManager entityManager;

    PanacheAuditSeals(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Seals the closed days not sealed yet, in order. */
    public List<Seal> seal() {
        List<?> rows = entityManager
                .createNativeQuery("select sealed_day, sealed_rows, sealed_chain from audit_seal()")
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Seal(day(row[0]), ((Number) row[1]).longValue(), (String) row[2]))
                .toList();
    }

    public List<DayCheck> verify(LocalDate from, LocalDate to) {
        List<?> rows = entityManager.createNativeQuery("""
                select day, status, rows_sealed, rows_found, broken_trail, broken_row
                from audit_verify(cast(:from as date), cast(:to as date))""")
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new DayCheck(day(row[0]), (String) row[1],
                        row[2] == null ? null : ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                        (String) row[4], (String) row[5]))
                .toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
