package be.wallonie.parcours.api.casefile;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What the database holds for a case file, read directly with SQL: to prove that a refused request changed nothing.
 */
@ApplicationScoped
public class CaseFileDatabase {

    private final EntityManager entityManager;

    CaseFileDatabase(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The file's state, version, and how many events, enrolments, interviews, convention versions, attendance entries
     * and audit events it has.
     */
    public record Snapshot(String state, long version, long events, long enrolments, long interviews,
            long conventionVersions, long attendanceEntries, long auditEvents) {
    }

    public Snapshot snapshot(String fileId) {
        UUID id = UUID.fromString(fileId);
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] file = (Object[]) entityManager
                    .createNativeQuery("select state, version, person_id from case_file where id = :id")
                    .setParameter("id", id)
                    .getSingleResult();
            return new Snapshot((String) file[0], ((Number) file[1]).longValue(),
                    count("select count(*) from case_file_event where case_file_id = :id", id),
                    count("select count(*) from enrolment where case_file_id = :id", id),
                    count("select count(*) from evaluation_interview where case_file_id = :id", id),
                    count("select count(*) from convention_version v join convention c on c.id = v.convention_id"
                            + " where c.case_file_id = :id", id),
                    count("select count(*) from attendance_entry where case_file_id = :id", id),
                    count("select count(*) from audit_event where person_id = :id", (UUID) file[2]));
        });
    }

    private long count(String sql, UUID id) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue();
    }
}
