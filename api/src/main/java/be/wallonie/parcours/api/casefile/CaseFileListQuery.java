package be.wallonie.parcours.api.casefile;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.deadline.CaseFileFilter;
import be.wallonie.parcours.domain.deadline.ListOrder;
import be.wallonie.parcours.domain.deadline.WorkQueue;

/**
 * The query parameters of a list of case files, as typed in its URL (so that a list can be bookmarked), read into a
 * {@link CaseFileFilter}; every faulty parameter is named in one 400.
 */
record CaseFileListQuery(String queue, String state, String commune, String axis, String late, String sort) {

    /** The queues of the back office's homes: the domain's three, and two lists of one state. */
    static final Map<String, Optional<WorkQueue>> QUEUES = Map.of("atRisk", Optional.of(WorkQueue.AT_RISK), "overdue",
            Optional.of(WorkQueue.OVERDUE), "reviewDue", Optional.of(WorkQueue.REVIEW_DUE), "new", Optional.empty(),
            "attestationsToIssue", Optional.empty());
    static final Map<String, ListOrder> SORTS = Map.of("deadline", ListOrder.EARLIEST_DEADLINE, "recent",
            ListOrder.LATEST_OPENED, "oldest", ListOrder.EARLIEST_OPENED);

    CaseFileFilter filter() {
        RequestIssues issues = new RequestIssues();
        CaseFileFilter filter = CaseFileFilter.everyFile();
        if (given(queue)) {
            String name = queue.strip();
            if (!QUEUES.containsKey(name)) {
                issues.add("queue", "issue.queue");
            } else if (name.equals("new")) {
                filter = filter.withStates(EnumSet.of(CaseFileState.OPENED));
            } else if (name.equals("attestationsToIssue")) {
                // the files whose every axis is done: their attestation can be issued, the longest waiting first
                filter = filter.withStates(EnumSet.of(CaseFileState.COMPLETED)).orderedBy(ListOrder.EARLIEST_OPENED);
            } else {
                filter = filter.withQueue(QUEUES.get(name).orElseThrow()).orderedBy(ListOrder.EARLIEST_DEADLINE);
            }
        }
        if (given(state) && !"new".equals(queue) && !"attestationsToIssue".equals(queue)) {
            try {
                filter = filter.withStates(EnumSet.of(CaseFileState.valueOf(state.strip())));
            } catch (IllegalArgumentException e) {
                issues.add("state", "issue.state");
            }
        }
        if (given(commune)) {
            if (commune.strip().matches("[0-9]{5}")) {
                filter = filter.withCommune(commune.strip());
            } else {
                issues.add("commune", "issue.nis-code");
            }
        }
        if (given(axis)) {
            Optional<Axis> toDo = CaseFileFilter.FILTERABLE_AXES.stream()
                    .filter(one -> one.name().equals(axis.strip()))
                    .findFirst();
            if (toDo.isPresent()) {
                filter = filter.withAxis(toDo.get());
            } else {
                issues.add("axis", "issue.axis-filter");
            }
        }
        if (given(late)) {
            switch (late.strip()) {
                case "true" -> filter = filter.withLate(true);
                case "false" -> filter = filter.withLate(false);
                default -> issues.add("late", "issue.boolean");
            }
        }
        if (given(sort)) {
            ListOrder order = SORTS.get(sort.strip());
            if (order == null) {
                issues.add("sort", "issue.sort");
            } else {
                filter = filter.orderedBy(order);
            }
        }
        issues.throwIfAny();
        return filter;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
