package be.wallonie.parcours.domain.deadline;

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
     * The CRI's files the filter shows on {@code today}, in its order; {@code offset} lines skipped after {@code after}
     * (or from the start). A work queue's files are the date ranges of its rule ({@link WorkQueue#contains}).
     */
    CaseFileList list(String criCode, CaseFileFilter filter, LocalDate today, Optional<ListPosition> after,
            long offset, int limit);

    /** The work queues the file of the CRI is in on {@code today}, by the same queries as {@link #list}. */
    Set<WorkQueue> queuesOf(UUID caseFileId, String criCode, LocalDate today);

    /**
     * The CRI's files whose person or number matches the search, by name then the latest opened first; at most
     * {@code limit} lines and how many match. A transferred file is found by its number only: the CRI no longer follows
     * its person (ADR 0031).
     */
    CaseFileList search(String criCode, CaseFileSearch search, int limit);

    /** Up to {@code limit} files after {@code after} in the order of their ids, of one CRI or of all. */
    List<UUID> caseFileIds(Optional<String> criCode, Optional<UUID> after, int limit);

    /** Up to {@code limit} files whose stored schedule is missing or stale (a migration, a bulk load). */
    List<UUID> staleCaseFileIds(int limit);
}
