package be.wallonie.parcours.domain.deadline;

import be.wallonie.parcours.domain.casefile.CaseFileState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where each case file's {@link DeadlineSchedule} is stored, and the lists and work queues that read it. Tenancy is in
 * the queries: a CRI lists only its own files. The queues are the date ranges of the schedule's rules relative to
 * {@code today} ({@link DeadlineSchedule#isOverdue}, {@link DeadlineSchedule#isAtRisk},
 * {@link DeadlineSchedule#isReviewDue}), in the order {@link DeadlineSchedule#URGENCY}.
 */
public interface DeadlineScheduleRepository {

    /** Stores the schedules, replacing those stored before; the files are no longer stale. */
    void store(Collection<DeadlineSchedule> schedules);

    /** The stored schedules of the files that have one (a stale file's is its last stored one). */
    Map<UUID, DeadlineSchedule> findByCaseFiles(Collection<UUID> caseFileIds);

    /**
     * The files of the work queue on {@code today}, the most urgent first, optionally of one state; {@code offset}
     * lines skipped after {@code after} (or from the start).
     */
    CaseFileList inQueue(String criCode, WorkQueue queue, Optional<CaseFileState> state, LocalDate today,
            Optional<ListPosition> after, long offset, int limit);

    /** The work queues the file of the CRI is in on {@code today}, by the same queries as {@link #inQueue}. */
    Set<WorkQueue> queuesOf(UUID caseFileId, String criCode, LocalDate today);

    /** The CRI's files in one of {@code states}, the most recently opened first, then by id. */
    CaseFileList byState(String criCode, Set<CaseFileState> states, Optional<ListPosition> after, long offset,
            int limit);

    /** Up to {@code limit} files after {@code after} in the order of their ids, of one CRI or of all. */
    List<UUID> caseFileIds(Optional<String> criCode, Optional<UUID> after, int limit);

    /** Up to {@code limit} files whose stored schedule is missing or stale (a migration, a bulk load). */
    List<UUID> staleCaseFileIds(int limit);
}
