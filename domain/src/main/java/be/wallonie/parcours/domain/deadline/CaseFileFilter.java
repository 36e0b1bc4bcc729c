package be.wallonie.parcours.domain.deadline;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.convention.Axis;

/**
 * Which of a CRI's case files a list shows, and in which order: a work queue, states, the person's commune of
 * residence, an axis still to do, lateness. Every criterion given must hold.
 *
 * @param queue      a work queue, on the day the list is read
 * @param states     the states shown (every state when all are given)
 * @param communeNis the NIS code of the person's commune of residence (a transferred file, whose person the CRI no
 *                   longer follows, has none)
 * @param axis       an axis the followed-up file has still to do ({@link #FILTERABLE_AXES})
 * @param late       {@code true}: followed up with a deadline passed undone; {@code false}: not so
 * @param order      the order of the lines
 */
public record CaseFileFilter(Optional<WorkQueue> queue, Set<CaseFileState> states, Optional<String> communeNis,
        Optional<Axis> axis, Optional<Boolean> late, ListOrder order) {

    /** The axes whose due and done days are stored with the file (ADR 0017). */
    public static final Set<Axis> FILTERABLE_AXES = EnumSet.of(Axis.RECEPTION, Axis.CITIZENSHIP, Axis.FRENCH);

    public CaseFileFilter {
        Objects.requireNonNull(queue, "queue");
        states = states.isEmpty() ? EnumSet.noneOf(CaseFileState.class) : EnumSet.copyOf(states);
        Objects.requireNonNull(communeNis, "communeNis");
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(order, "order");
        if (axis.isPresent() && !FILTERABLE_AXES.contains(axis.get())) {
            throw new IllegalArgumentException("the days of axis " + axis.get() + " are not stored");
        }
    }

    /** Every file of the CRI, the most recently opened first. */
    public static CaseFileFilter everyFile() {
        return new CaseFileFilter(Optional.empty(), EnumSet.allOf(CaseFileState.class), Optional.empty(),
                Optional.empty(), Optional.empty(), ListOrder.LATEST_OPENED);
    }

    /** Whether the states leave some out. */
    public boolean limitsStates() {
        return states.size() < CaseFileState.values().length;
    }

    public CaseFileFilter withQueue(WorkQueue workQueue) {
        return new CaseFileFilter(Optional.of(workQueue), states, communeNis, axis, late, order);
    }

    public CaseFileFilter withStates(Set<CaseFileState> shown) {
        return new CaseFileFilter(queue, shown, communeNis, axis, late, order);
    }

    public CaseFileFilter withCommune(String nis) {
        return new CaseFileFilter(queue, states, Optional.of(nis), axis, late, order);
    }

    public CaseFileFilter withAxis(Axis toDo) {
        return new CaseFileFilter(queue, states, communeNis, Optional.of(toDo), late, order);
    }

    public CaseFileFilter withLate(boolean isLate) {
        return new CaseFileFilter(queue, states, communeNis, axis, Optional.of(isLate), order);
    }

    public CaseFileFilter orderedBy(ListOrder listOrder) {
        return new CaseFileFilter(queue, states, communeNis, axis, late, listOrder);
    }
}
