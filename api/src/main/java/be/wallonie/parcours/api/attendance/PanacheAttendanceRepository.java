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
import be.wallonie.parcours.domain.attendance.AxisDayTotal;
import be.wallonie.parcours.domain.convention.Axis;
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
    public BigDecimal totalOnDay(UUID personId, LocalDate day) {
        List<?> total = entityManager.createNativeQuery("""
                select hours from attendance_person_day_total where person_id = :person and day = :day""")
                .setParameter("person", personId)
                .setParameter("day", day)
                .getResultList();
        return total.isEmpty() ? BigDecimal.ZERO.setScale(2) : (BigDecimal) total.get(0);
    }

    @Override
    public BigDecimal netHoursOf(UUID sessionId) {
        BigDecimal net = entityManager.createQuery("""
                select sum(e.hours) from AttendanceEntry e where e.id = :session or e.corrects = :session""",
                BigDecimal.class)
                .setParameter("session", sessionId)
                .getSingleResult();
        return net == null ? BigDecimal.ZERO.setScale(2) : net;
    }

    @Override
    public List<AxisDayTotal> dailyTotalsOf(UUID caseFileId) {
        return dailyTotalsOf(List.of(caseFileId));
    }

    @Override
    public List<AxisDayTotal> dailyTotalsOf(Collection<UUID> caseFileIds) {
        if (caseFileIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = entityManager.createNativeQuery("""
                select case_file_id, axis, day, hours from attendance_axis_day_total
                where case_file_id in (:files)""")
                .setParameter("files", caseFileIds)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new AxisDayTotal((UUID) row[0], Axis.valueOf((String) row[1]), toDay(row[2]),
                        (BigDecimal) row[3]))
                .toList();
    }

    @Override
    public List<UUID> personsRecordedBy(String operatorCode, LocalDate from, LocalDate to) {
        return entityManager.createQuery("""
                select distinct e.personId from AttendanceEntry e
                where e.operatorCode = :operator and e.sessionDate between :from and :to""", UUID.class)
                .setParameter("operator", operatorCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private static LocalDate toDay(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
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

    /** Persists the entry and flushes it: the trigger of V013 adds it to the running totals now. */
    @Override
    public void add(AttendanceEntry entry) {
        entityManager.persist(entry);
        entityManager.flush();
    }
}
