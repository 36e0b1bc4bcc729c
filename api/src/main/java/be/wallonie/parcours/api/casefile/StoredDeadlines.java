package be.wallonie.parcours.api.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.deadline.CaseFileDeadlines;
import be.wallonie.parcours.domain.deadline.DeadlineSchedule;
import be.wallonie.parcours.domain.deadline.DeadlineScheduleRepository;

/**
 * Keeps each case file's stored deadlines (the work queues' columns) equal to what the domain computes from the file's
 * records (ADR 0017). Every service that changes a file, or a part of it (reception, convention, enrolments,
 * interviews, hours, equivalences, attestation), calls {@link #refresh} in the same transaction, after the change;
 * {@link CaseFiles#flush} does it for the services that go through {@link CaseFiles#change}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StoredDeadlines {

    private final CaseFileRepository files;
    private final ComputedDeadlines computed;
    private final DeadlineScheduleRepository schedules;

    StoredDeadlines(CaseFileRepository files, ComputedDeadlines computed, DeadlineScheduleRepository schedules) {
        this.files = files;
        this.computed = computed;
        this.schedules = schedules;
    }

    /** Recomputes and stores the deadlines of one file. */
    public void refresh(UUID caseFileId) {
        refresh(List.of(caseFileId));
    }

    /** Recomputes and stores the deadlines of a file at hand, and answers them (its page shows them). */
    public CaseFileDeadlines refresh(CaseFile file) {
        CaseFileDeadlines deadlines = computed.of(file);
        schedules.store(List.of(deadlines.schedule()));
        return deadlines;
    }

    /** Recomputes and stores the deadlines of several files, each part read for all of them at once. */
    public void refresh(Collection<UUID> caseFileIds) {
        if (caseFileIds.isEmpty()) {
            return;
        }
        schedules.store(schedulesOf(caseFileIds).values());
    }

    /**
     * Recomputes the deadlines of several files and stores those that differ from what was stored (or were stale).
     *
     * @return how many files' stored deadlines changed
     */
    public int recompute(Collection<UUID> caseFileIds) {
        if (caseFileIds.isEmpty()) {
            return 0;
        }
        Map<UUID, DeadlineSchedule> stored = schedules.findByCaseFiles(caseFileIds);
        List<DeadlineSchedule> changed = schedulesOf(caseFileIds).values().stream()
                .filter(schedule -> !schedule.equals(stored.get(schedule.caseFileId())))
                .toList();
        schedules.store(changed);
        return changed.size();
    }

    private Map<UUID, DeadlineSchedule> schedulesOf(Collection<UUID> caseFileIds) {
        Map<UUID, CaseFileDeadlines> deadlines = computed.of(files.findAllById(caseFileIds));
        return deadlines.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().schedule()));
    }
}
