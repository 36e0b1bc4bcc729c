package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where the attendance ledger is kept: entries are only ever added, and the running totals (per person and day, per
 * case file, axis and day) are kept as they are, in the same transaction.
 */
public interface AttendanceRepository {

    Optional<AttendanceEntry> findById(UUID id);

    /** The entries of an enrolment, sessions and corrections, by session date then recording time. */
    List<AttendanceEntry> findByEnrolment(UUID enrolmentId);

    /** The entries of a case file, every axis and operator, by session date then recording time. */
    List<AttendanceEntry> findByCaseFile(UUID caseFileId);

    /**
     * The person's hours on {@code day}, net of corrections, every case file, axis and operator together: one running
     * total, whatever the person's history.
     */
    BigDecimal totalOnDay(UUID personId, LocalDate day);

    /** The hours a session counts now: its own, plus every correction of it. */
    BigDecimal netHoursOf(UUID sessionId);

    /** The case file's net hours per axis and day (running totals), in any order. */
    List<AxisDayTotal> dailyTotalsOf(UUID caseFileId);

    /** The net hours per axis and day of several case files at once, in any order. */
    List<AxisDayTotal> dailyTotalsOf(Collection<UUID> caseFileIds);

    /** The entries an operator recorded for sessions between {@code from} and {@code to} included, paged. */
    Page<AttendanceEntry> findByOperator(String operatorCode, LocalDate from, LocalDate to, Paging paging);

    /**
     * The same entries as {@link #findByOperator}, streamed for an export; the stream must be consumed, and closed,
     * within the transaction that opened it.
     */
    Stream<AttendanceEntry> streamByOperator(String operatorCode, LocalDate from, LocalDate to);

    /** The persons whose entries an operator recorded for sessions between {@code from} and {@code to} included. */
    List<UUID> personsRecordedBy(String operatorCode, LocalDate from, LocalDate to);

    void add(AttendanceEntry entry);
}
