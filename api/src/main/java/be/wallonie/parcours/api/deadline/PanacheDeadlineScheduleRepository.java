package be.wallonie.parcours.api.deadline;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.Session;

import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.deadline.CaseFileList;
import be.wallonie.parcours.domain.deadline.DeadlineKind;
import be.wallonie.parcours.domain.deadline.DeadlineSchedule;
import be.wallonie.parcours.domain.deadline.DeadlineScheduleRepository;
import be.wallonie.parcours.domain.deadline.DueDate;
import be.wallonie.parcours.domain.deadline.ListPosition;
import be.wallonie.parcours.domain.deadline.ListedCaseFile;
import be.wallonie.parcours.domain.deadline.WorkQueue;

/**
 * The deadline schedules, stored in columns of {@code case_file} (V012, ADR 0017), and the lists and work queues as
 * SQL on them: each queue is a range on one partial index, the page and its persons are read in one query, the total
 * by an index count. Tenancy is in every query ({@code cri_code}).
 */
@ApplicationScoped
public class PanacheDeadlineScheduleRepository implements DeadlineScheduleRepository {

    private static final List<String> FOLLOWED_UP = Arrays.stream(CaseFileState.values())
            .filter(CaseFileState::isFollowedUp)
            .map(Enum::name)
            .toList();

    /** A transferred file's line shows the person as its CRI held them at the transfer (ADR 0031). */
    private static final String COLUMNS = """
            f.id, f.person_id, coalesce(f.held_last_name, p.last_name), coalesce(f.held_first_names, p.first_names), \
            coalesce(f.held_birth_date, p.birth_date), f.state, f.participation, f.opened_on, \
            f.final_deadline, f.final_done_on, f.reception_due_on, f.reception_done_on, f.interview_due_on, \
            f.citizenship_due_on, f.citizenship_done_on, f.french_due_on, f.french_done_on, f.axis_unfinished""";

    private static final String STORE = """
            update case_file set final_done_on = ?, reception_due_on = ?, reception_done_on = ?, interview_due_on = ?,
                   citizenship_due_on = ?, citizenship_done_on = ?, french_due_on = ?, french_done_on = ?,
                   next_due_on = ?, next_due_kind = ?, axis_unfinished = ?, deadlines_stale = false
             where id = ?""";

    private final EntityManager entityManager;

    PanacheDeadlineScheduleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void store(Collection<DeadlineSchedule> schedules) {
        if (schedules.isEmpty()) {
            return;
        }
        // the files' own changes first: a file opened in this transaction must exist before its schedule is written
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(STORE)) {
                for (DeadlineSchedule schedule : schedules) {
                    int column = 1;
                    update.setObject(column++, doneOn(schedule.finalDeadline()), Types.DATE);
                    update.setObject(column++, schedule.receptionModule().dueOn(), Types.DATE);
                    update.setObject(column++, schedule.receptionModule().doneOn(), Types.DATE);
                    update.setObject(column++, dueOn(schedule.evaluationInterview()), Types.DATE);
                    update.setObject(column++, dueOn(schedule.citizenship()), Types.DATE);
                    update.setObject(column++, doneOn(schedule.citizenship()), Types.DATE);
                    update.setObject(column++, dueOn(schedule.french()), Types.DATE);
                    update.setObject(column++, doneOn(schedule.french()), Types.DATE);
                    Optional<DueDate> next = schedule.nextDue();
                    update.setObject(column++, next.map(DueDate::dueOn).orElse(null), Types.DATE);
                    update.setString(column++, next.map(due -> due.kind().name()).orElse(null));
                    update.setBoolean(column++, schedule.axisUnfinished());
                    update.setObject(column, schedule.caseFileId());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    @Override
    public Map<UUID, DeadlineSchedule> findByCaseFiles(Collection<UUID> caseFileIds) {
        if (caseFileIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, DeadlineSchedule> found = new HashMap<>();
        rows(entityManager.createNativeQuery("select " + COLUMNS
                + " from case_file f join person p on p.id = f.person_id"
                + " where f.id in (:ids) and not f.deadlines_stale")
                .setParameter("ids", caseFileIds))
                .forEach(listed -> found.put(listed.id(), listed.deadlines()));
        return found;
    }

    @Override
    public CaseFileList inQueue(String criCode, WorkQueue queue, Optional<CaseFileState> state, LocalDate today,
            Optional<ListPosition> after, long offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(queueWhere(criCode, queue, today, parameters));
        state.ifPresent(one -> {
            where.append(" and f.state = :state");
            parameters.put("state", one.name());
        });
        StringBuilder keyset = new StringBuilder();
        after.ifPresent(position -> {
            if (position.day() == null) {
                keyset.append(" and f.next_due_on is null and f.id > :afterId");
            } else {
                keyset.append(" and (f.next_due_on > :afterDay or f.next_due_on = :afterDay and f.id > :afterId"
                        + " or f.next_due_on is null)");
                parameters.put("afterDay", position.day());
            }
            parameters.put("afterId", position.id());
        });
        return page(where.toString(), keyset.toString(), " order by f.next_due_on nulls last, f.id", parameters,
                offset, limit, listed -> new ListPosition(listed.deadlines().nextDue().map(DueDate::dueOn)
                        .orElse(null), listed.id()));
    }

    @Override
    public Set<WorkQueue> queuesOf(UUID caseFileId, String criCode, LocalDate today) {
        Set<WorkQueue> queues = EnumSet.noneOf(WorkQueue.class);
        for (WorkQueue queue : WorkQueue.values()) {
            Map<String, Object> parameters = new HashMap<>();
            Query query = entityManager.createNativeQuery("select count(*) from case_file f"
                    + queueWhere(criCode, queue, today, parameters) + " and f.id = :id");
            parameters.forEach(query::setParameter);
            query.setParameter("id", caseFileId);
            if (((Number) query.getSingleResult()).longValue() > 0) {
                queues.add(queue);
            }
        }
        return queues;
    }

    /** The queue's rule as a date range relative to {@code today} (DeadlineSchedule), on one partial index. */
    private static String queueWhere(String criCode, WorkQueue queue, LocalDate today,
            Map<String, Object> parameters) {
        parameters.put("cri", criCode);
        return switch (queue) {
            case OVERDUE -> {
                parameters.put("followedUp", FOLLOWED_UP);
                parameters.put("today", today);
                yield " where f.cri_code = :cri and f.state in (:followedUp) and f.next_due_on < :today";
            }
            case AT_RISK -> {
                parameters.put("followedUp", FOLLOWED_UP);
                parameters.put("today", today);
                parameters.put("until", DeadlineSchedule.atRiskUntil(today));
                yield " where f.cri_code = :cri and f.state in (:followedUp) and f.axis_unfinished"
                        + " and f.final_deadline between :today and :until";
            }
            case REVIEW_DUE -> {
                parameters.put("until", DeadlineSchedule.reviewDueUntil(today));
                yield " where f.cri_code = :cri and f.interview_due_on <= :until";
            }
        };
    }

    @Override
    public CaseFileList byState(String criCode, Set<CaseFileState> states, Optional<ListPosition> after, long offset,
            int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cri", criCode);
        String where = " where f.cri_code = :cri";
        if (states.size() < CaseFileState.values().length) {
            where += " and f.state in (:states)";
            parameters.put("states", states.stream().map(Enum::name).toList());
        }
        String keyset = "";
        if (after.isPresent()) {
            keyset = " and (f.opened_on < :afterDay or f.opened_on = :afterDay and f.id > :afterId)";
            parameters.put("afterDay", after.get().day());
            parameters.put("afterId", after.get().id());
        }
        return page(where, keyset, " order by f.opened_on desc, f.id", parameters, offset, limit,
                listed -> new ListPosition(listed.openedOn(), listed.id()));
    }

    private CaseFileList page(String where, String keyset, String order, Map<String, Object> parameters,
            long offset, int limit, Function<ListedCaseFile, ListPosition> positionOf) {
        Query count = entityManager.createNativeQuery("select count(*) from case_file f" + where);
        parameters.forEach((name, value) -> {
            if (!name.startsWith("after")) {
                count.setParameter(name, value);
            }
        });
        long total = ((Number) count.getSingleResult()).longValue();
        if (total <= offset) {
            return new CaseFileList(List.of(), total, Optional.empty());
        }
        Query query = entityManager.createNativeQuery("select " + COLUMNS
                + " from case_file f join person p on p.id = f.person_id" + where + keyset + order
                + " offset :offset limit :limit");
        parameters.forEach(query::setParameter);
        query.setParameter("offset", offset);
        query.setParameter("limit", limit + 1);
        List<ListedCaseFile> items = new ArrayList<>(rows(query));
        Optional<ListPosition> next = Optional.empty();
        if (items.size() > limit) {
            items = items.subList(0, limit);
            next = Optional.of(positionOf.apply(items.get(limit - 1)));
        }
        return new CaseFileList(List.copyOf(items), total, next);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> caseFileIds(Optional<String> criCode, Optional<UUID> after, int limit) {
        Query query = entityManager.createNativeQuery("select f.id from case_file f where true"
                + (criCode.isPresent() ? " and f.cri_code = :cri" : "")
                + (after.isPresent() ? " and f.id > :after" : "")
                + " order by f.id limit :limit");
        criCode.ifPresent(cri -> query.setParameter("cri", cri));
        after.ifPresent(id -> query.setParameter("after", id));
        query.setParameter("limit", limit);
        return ((List<Object>) query.getResultList()).stream().map(id -> (UUID) id).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> staleCaseFileIds(int limit) {
        return ((List<Object>) entityManager
                .createNativeQuery("select f.id from case_file f where f.deadlines_stale order by f.id limit :limit")
                .setParameter("limit", limit)
                .getResultList()).stream().map(id -> (UUID) id).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<ListedCaseFile> rows(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(PanacheDeadlineScheduleRepository::listed)
                .toList();
    }

    private static ListedCaseFile listed(Object[] row) {
        UUID id = (UUID) row[0];
        CaseFileState state = CaseFileState.valueOf((String) row[5]);
        LocalDate openedOn = day(row[7]);
        LocalDate finalDeadline = day(row[8]);
        LocalDate receptionDueOn = day(row[10]);
        DeadlineSchedule schedule = new DeadlineSchedule(id, state.isFollowedUp(),
                due(DeadlineKind.FINAL, finalDeadline, day(row[9])),
                // a stale row not computed yet (just migrated or bulk loaded) shows the decree's reception deadline
                due(DeadlineKind.RECEPTION_MODULE, receptionDueOn != null
                        ? receptionDueOn
                        : openedOn.plusMonths(DeadlineKind.RECEPTION_MODULE.months()), day(row[11])),
                due(DeadlineKind.EVALUATION_INTERVIEW, day(row[12]), null),
                due(DeadlineKind.CITIZENSHIP, day(row[13]), day(row[14])),
                due(DeadlineKind.FRENCH, day(row[15]), day(row[16])), (Boolean) row[17]);
        return new ListedCaseFile(id, (UUID) row[1], (String) row[2], (String) row[3], day(row[4]), state,
                Participation.valueOf((String) row[6]), openedOn, schedule);
    }

    private static DueDate due(DeadlineKind kind, LocalDate dueOn, LocalDate doneOn) {
        return dueOn == null ? null : new DueDate(kind, dueOn, doneOn);
    }

    private static LocalDate dueOn(DueDate due) {
        return due == null ? null : due.dueOn();
    }

    private static LocalDate doneOn(DueDate due) {
        return due == null ? null : due.doneOn();
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
