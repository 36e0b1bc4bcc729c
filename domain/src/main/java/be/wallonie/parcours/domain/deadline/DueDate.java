package be.wallonie.parcours.domain.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One deadline of a case file: what is due, by when, and when it was done.
 *
 * @param kind   what is due
 * @param dueOn  the last day to do it
 * @param doneOn the day it was done, or {@code null}
 */
public record DueDate(DeadlineKind kind, LocalDate dueOn, LocalDate doneOn) {

    /** A deadline this close (in days, the due day included) is {@link DeadlineState#DUE_SOON}. */
    public static final int DUE_SOON_DAYS = 30;

    public DueDate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    public DeadlineState stateOn(LocalDate today) {
        if (doneOn != null) {
            return DeadlineState.DONE;
        }
        if (today.isAfter(dueOn)) {
            return DeadlineState.OVERDUE;
        }
        return daysLeftOn(today) <= DUE_SOON_DAYS ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
    }

    /** Days from {@code today} to the due day: 0 on the due day, negative once it has passed. */
    public long daysLeftOn(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    public Optional<LocalDate> done() {
        return Optional.ofNullable(doneOn);
    }

    /** Done after the due day. */
    public boolean wasLate() {
        return doneOn != null && doneOn.isAfter(dueOn);
    }
}
