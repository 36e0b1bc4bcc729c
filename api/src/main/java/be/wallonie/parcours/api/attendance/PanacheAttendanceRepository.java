package be.wallonie.parcours.api.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.jpa.HibernateHints;

import be.wallonie.parcours.domain.attendance.AttendanceEntry;
import be.wallonie.parcours.domain.attendance.AttendanceRepository;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * The attendance ledger in PostgreSQL (V007): entries are only ever persisted, never merged or removed, and the table's
 * trigger refuses any update or delete. Queries go through the {@link EntityManager} that Panache uses, as for
 * enrolments (the port's {@code Optional findById} would clash with {@code PanacheRepositoryBase}). Tenancy: an
 * operator's list and export are filtered by its code in the query, and paged in SQL.
 */
@ApplicationScoped
public class PanacheAttendanceRepository implements AttendanceRepository {

    /** Rows fetched at a time while an export streams. */
    static final int EXPORT_FETCH_SIZE = 500;

    private final EntityManager entityManager;

    PanacheAttendanceRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<AttendanceEntry> findById(UUID id) {
        return Optional.ofNullable(entityManager.find(AttendanceEntry.class, id));
    }

    @Override
    public List<AttendanceEntry> findByEnrolment(UUID enrolmentId) {
        return entityManager.createQuery("""
                from AttendanceEntry e where e.enrolmentId = :enrolment
                order by e.sessionDate, e.recordedAt, e.id""", AttendanceEntry.class)
                .setParameter("enrolment", enrolmentId)
                .getResultList();
    }

    @Override
    public List<AttendanceEntry> findByCaseFile(UUID caseFileId) {
        return entityManager.createQuery("""
                from AttendanceEntry e where e.caseFileId = :file
                order by e.sessionDate, e.recordedAt, e.id""", AttendanceEntry.class)
                .setParameter("file", caseFileId)
                .getResultList();
    }

    @Override
    public List<AttendanceEntry> findByCaseFiles(Collection<UUID> caseFileIds) {
        return entityManager.createQuery("""
                from AttendanceEntry e where e.caseFileId in :files
                order by e.sessionDate, e.recordedAt, e.id""", AttendanceEntry.class)
                .setParameter("files", caseFileIds)
                .getResultList();
    }

    @Override
    public BigDecimal totalOnDay(UUID personId, LocalDate day) {
        BigDecimal total = entityManager.createQuery("""
                select sum(e.hours) from AttendanceEntry e
                where e.personId = :person and e.sessionDate = :day""", BigDecimal.class)
                .setParameter("person", personId)
                .setParameter("day", day)
                .getSingleResult();
        return total == null ? BigDecimal.ZERO.setScale(2) : total;
    }

    @Override
    public Page<AttendanceEntry> findByOperator(String operatorCode, LocalDate from, LocalDate to, Paging paging) {
        long total = entityManager.createQuery("""
                select count(e) from AttendanceEntry e
                where e.operatorCode = :operator and e.sessionDate between :from and :to""", Long.class)
                .setParameter("operator", operatorCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        List<AttendanceEntry> items = total <= paging.offset()
                ? List.of()
                : entityManager.createQuery("""
                        from AttendanceEntry e
                        where e.operatorCode = :operator and e.sessionDate between :from and :to
                        order by e.sessionDate, e.recordedAt, e.id""", AttendanceEntry.class)
                        .setParameter("operator", operatorCode)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setFirstResult((int) paging.offset())
                        .setMaxResults(paging.pageSize())
                        .getResultList();
        return Page.of(items, paging, total);
    }

    @Override
    public Stream<AttendanceEntry> streamByOperator(String operatorCode, LocalDate from, LocalDate to) {
        return entityManager.createQuery("""
                from AttendanceEntry e
                where e.operatorCode = :operator and e.sessionDate between :from and :to
                order by e.sessionDate, e.recordedAt, e.id""", AttendanceEntry.class)
                .setParameter("operator", operatorCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    @Override
    public void add(AttendanceEntry entry) {
        entityManager.persist(entry);
    }
}
