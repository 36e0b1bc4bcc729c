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
import be.wallonie.parcours.domain.deadline.CaseFileFilter;
import be.wallonie.parcours.domain.deadline.CaseFileList;
import be.wallonie.parcours.domain.deadline.CaseFileSearch;
import be.wallonie.parcours.domain.deadline.DeadlineKind;
import be.wallonie.parcours.domain.deadline.DeadlineSchedule;
import be.wallonie.parcours.domain.deadline.DeadlineScheduleRepository;
import be.wallonie.parcours.domain.deadline.DueDate;
import be.wallonie.parcours.domain.deadline.ListOrder;
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
            f.citizenship_due_on, f.citizenship_done_on, f.french_due_on, f.french_done_on, f.axis_unfinished, \
            case when f.held_last_name is null then p.commune_nis end""";

    private static final String STORE = """
            update case_file set final_done_on = ?, reception_due_on = ?, reception_done_on = ?, interview_due_on = ?,
                   citizenship_due_on = ?, citizenship_done_on = ?, french_due_on = ?, french_done_on = ?,
                   next_due_on = ?, next_due_kind = ?, axis_unfinished = ?, deadlines_stale = false
             where id = ?""";

    /** A phone number's digits without the leading zeros; its trigram index is in V020. */
    private static final String PHONE_DIGITS = "ltrim(regexp_replace(p.phone, '[^0-9]', '', 'g'), '0')";

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
    public CaseFileList list(String criCode, CaseFileFilter filter, LocalDate today, Optional<ListPosition> after,
            long offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(filter.queue()
                .map(queue -> queueWhere(criCode, queue, today, parameters))
                .orElseGet(() -> {
                    parameters.put("cri", criCode);
                    return " where f.cri_code = :cri";
                }));
        if (filter.limitsStates()) {
            where.append(" and f.state in (:states)");
            parameters.put("states", filter.states().stream().map(Enum::name).toList());
        }
        filter.communeNis().ifPresent(nis -> {
            // a transferred file's person lives elsewhere now: the CRI no longer follows where (ADR 0031)
            where.append(" and f.held_last_name is null and p.commune_nis = :commune");
            parameters.put("commune", nis);
        });
        filter.axis().ifPresent(axis -> {
            where.append(" and f.state in (:followedUp) and ").append(switch (axis) {
                case RECEPTION -> "f.reception_done_on is null";
                case CITIZENSHIP -> "f.citizenship_due_on is not null and f.citizenship_done_on is null";
                case FRENCH -> "f.french_due_on is not null and f.french_done_on is null";
                case SOCIO_PROFESSIONAL -> throw new IllegalArgumentException("not stored");
            });
            parameters.put("followedUp", FOLLOWED_UP);
        });
        filter.late().ifPresent(late -> {
            where.append(late
                    ? " and f.state in (:followedUp) and f.next_due_on < :today"
                    : " and not (f.state in (:followedUp) and coalesce(f.next_due_on < :today, false))");
            parameters.put("followedUp", FOLLOWED_UP);
            parameters.put("today", today);
        });
        StringBuilder keyset = new StringBuilder();
        after.ifPresent(position -> {
            keyset.append(switch (filter.order()) {
                case LATEST_OPENED -> " and (f.opened_on < :afterDay or f.opened_on = :afterDay and f.id > :afterId)";
                case EARLIEST_OPENED -> " and (f.opened_on > :afterDay or f.opened_on = :afterDay and f.id > :afterId)";
                case EARLIEST_DEADLINE -> position.day() == null
                        ? " and f.next_due_on is null and f.id > :afterId"
                        : " and (f.next_due_on > :afterDay or f.next_due_on = :afterDay and f.id > :afterId"
                                + " or f.next_due_on is null)";
            });
            if (position.day() != null) {
                parameters.put("afterDay", position.day());
            }
            parameters.put("afterId", position.id());
        });
        String order = switch (filter.order()) {
            case LATEST_OPENED -> " order by f.opened_on desc, f.id";
            case EARLIEST_OPENED -> " order by f.opened_on, f.id";
            case EARLIEST_DEADLINE -> " order by f.next_due_on nulls last, f.id";
        };
        Function<ListedCaseFile, ListPosition> positionOf = filter.order() == ListOrder.EARLIEST_DEADLINE
                ? listed -> new ListPosition(listed.deadlines().nextDue().map(DueDate::dueOn).orElse(null),
                        listed.id())
                : listed -> new ListPosition(listed.openedOn(), listed.id());
        return page(where.toString(), filter.communeNis().isPresent(), keyset.toString(), order, parameters, offset,
                limit, positionOf);
    }

    @Override
    public CaseFileList search(String criCode, CaseFileSearch search, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cri", criCode);
        List<String> readings = new ArrayList<>();
        // each reading is a range of one index (trigrams of the names, the national number, the phone's digits, the
        // id), joined to the CRI's files through case_file_person_state_idx; a transferred file by its number only
        String byPerson = "select f.id from person p join case_file f on f.person_id = p.id"
                + " where f.cri_code = :cri and f.state <> 'TRANSFERRED' and ";
        if (!search.nameWords().isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < search.nameWords().size(); i++) {
                names.append(i == 0 ? "" : " and ").append("(p.normalised_last_name like :word").append(i)
                        .append(" or p.normalised_first_names like :word").append(i).append(')');
                // a normalised word holds letters and digits only: no LIKE wildcard to escape
                parameters.put("word" + i, "%" + search.nameWords().get(i) + "%");
            }
            readings.add(byPerson + names);
        }
        search.nationalNumber().ifPresent(number -> {
            readings.add(byPerson + "p.national_number = :nationalNumber");
            parameters.put("nationalNumber", number);
        });
        search.phoneDigits().ifPresent(digits -> {
            readings.add(byPerson + PHONE_DIGITS + " like :phone");
            parameters.put("phone", "%" + digits + "%");
        });
        search.fileNumber().ifPresent(range -> {
            readings.add("select f.id from case_file f where f.cri_code = :cri and f.id between :firstId and :lastId");
            parameters.put("firstId", range.first());
            parameters.put("lastId", range.last());
        });
        String found = "with found as (" + String.join(" union ", readings) + ") ";
        Query count = entityManager.createNativeQuery(found + "select count(*) from found");
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return new CaseFileList(List.of(), 0, Optional.empty());
        }
        Query query = entityManager.createNativeQuery(found + "select " + COLUMNS
                + " from case_file f join person p on p.id = f.person_id where f.id in (select id from found)"
                + " order by 3, 4, f.opened_on desc, f.id limit :limit");
        parameters.forEach(query::setParameter);
        query.setParameter("limit", limit);
        return new CaseFileList(rows(query), total, Optional.empty());
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

    private CaseFileList page(String where, boolean withPerson, String keyset, String order,
            Map<String, Object> parameters, long offset, int limit,
            Function<ListedCaseFile, ListPosition> positionOf) {
        Query count = entityManager.createNativeQuery("select count(*) from case_file f"
                + (withPerson ? " join person p on p.id = f.person_id" : "") + where);
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
                Participation.valueOf((String) row[6]), openedOn, schedule, (String) row[18]);
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
