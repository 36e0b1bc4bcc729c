package be.wallonie.parcours.api.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.jpa.HibernateHints;

import be.wallonie.parcours.domain.attendance.AttendanceEntry;

/**
 * What operators said of their sessions besides the hours (V009: reference, note), kept beside the ledger, and the
 * entries with their annotations as an export streams them.
 */
@ApplicationScoped
public class PanacheAttendanceAnnotations {

    /** Rows fetched at a time while an export streams. */
    static final int EXPORT_FETCH_SIZE = 500;

    private final EntityManager entityManager;

    PanacheAttendanceAnnotations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(AttendanceAnnotation annotation) {
        entityManager.persist(annotation);
    }

    public Optional<AttendanceAnnotation> findByEntry(UUID entryId) {
        return Optional.ofNullable(entityManager.find(AttendanceAnnotation.class, entryId));
    }

    /** The annotations of the entries, by entry id (in one query). */
    public Map<UUID, AttendanceAnnotation> findByEntries(Collection<UUID> entryIds) {
        Map<UUID, AttendanceAnnotation> annotations = new HashMap<>();
        if (entryIds.isEmpty()) {
            return annotations;
        }
        entityManager.createQuery("from AttendanceAnnotation a where a.entryId in :ids", AttendanceAnnotation.class)
                .setParameter("ids", entryIds)
                .getResultList()
                .forEach(annotation -> annotations.put(annotation.entryId(), annotation));
        return annotations;
    }

    /** An entry with its annotation ({@code null} when none), as the export writes it. */
    public record AnnotatedEntry(AttendanceEntry entry, AttendanceAnnotation annotation) {
    }

    /**
     * The operator's entries of sessions between {@code from} and {@code to}, with their annotations, streamed in the
     * ledger's order; consumed and closed within the transaction.
     */
    public Stream<AnnotatedEntry> streamByOperator(String operatorCode, LocalDate from, LocalDate to) {
        return entityManager.createQuery("""
                select e, a from AttendanceEntry e left join AttendanceAnnotation a on a.entryId = e.id
                where e.operatorCode = :operator and e.sessionDate between :from and :to
                order by e.sessionDate, e.recordedAt, e.id""", Object[].class)
                .setParameter("operator", operatorCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()
                .map(row -> new AnnotatedEntry((AttendanceEntry) row[0], (AttendanceAnnotation) row[1]));
    }
}
