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

/** Where the attendance ledger is kept: entries are only ever added. */
public interface AttendanceRepository {

    Optional<AttendanceEntry> findById(UUID id);

    /** The entries of an enrolment, sessions and corrections, by session date then recording time. */
    List<AttendanceEntry> findByEnrolment(UUID enrolmentId);

    /** The entries of a case file, every axis and operator, by session date then recording time. */
    List<AttendanceEntry> findByCaseFile(UUID caseFileId);

    /** The entries of several case files at once, each file's in the order of {@link #findByCaseFile}. */
    List<AttendanceEntry> findByCaseFiles(Collection<UUID> caseFileIds);

    /** The person's hours on {@code day}, net of corrections, every case file, axis and operator together. */
    BigDecimal totalOnDay(UUID personId, LocalDate day);

    /** The entries an operator recorded for sessions between {@code from} and {@code to} included, paged. */
    Page<AttendanceEntry> findByOperator(String operatorCode, LocalDate from, LocalDate to, Paging paging);

    /**
     * The same entries as {@link #findByOperator}, streamed for an export; the stream must be consumed, and closed,
     * within the transaction that opened it.
     */
    Stream<AttendanceEntry> streamByOperator(String operatorCode, LocalDate from, LocalDate to);

    void add(AttendanceEntry entry);
}
