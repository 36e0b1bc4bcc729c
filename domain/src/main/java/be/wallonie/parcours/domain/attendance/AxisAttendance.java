package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.AxisRequirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where one axis of a case file stands, derived from the ledger and never typed in (domain rules §5): the hours
 * attended net of corrections, the hours the requirement asks, what remains, and the day the axis was done. That day is
 * the session date at which the cumulative net hours first reached the requirement, or the date of an equivalence
 * (certificate, release) that completes the axis, whichever comes first.
 */
public final class AxisAttendance {

    private final Axis axis;
    private final AxisRequirement requirement;
    private final BigDecimal hoursDone;
    private final LocalDate doneOn;
    private final AxisEquivalence completedBy;

    AxisAttendance(Axis axis, AxisRequirement requirement, BigDecimal hoursDone, LocalDate doneOn,
            AxisEquivalence completedBy) {
        this.axis = axis;
        this.requirement = requirement;
        this.hoursDone = hoursDone;
        this.doneOn = doneOn;
        this.completedBy = completedBy;
    }

    public Axis axis() {
        return axis;
    }

    /** The legal requirement that applies: the one in force when the convention was signed. */
    public AxisRequirement requirement() {
        return requirement;
    }

    /** The hours attended on the axis, every operator, net of corrections. */
    public BigDecimal hoursDone() {
        return hoursDone;
    }

    /** The hours the requirement asks (60 for citizenship, 400 for French, 4 for orientation). */
    public BigDecimal hoursRequired() {
        return BigDecimal.valueOf(requirement.minimumHours()).setScale(2);
    }

    /** The hours still to attend: 0 once the axis is done, by hours or by an equivalence. */
    public BigDecimal hoursRemaining() {
        if (isDone()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return hoursRequired().subtract(hoursDone).max(BigDecimal.ZERO).setScale(2);
    }

    public boolean isDone() {
        return doneOn != null;
    }

    /** The day the axis was done. */
    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }

    /** The equivalence that completed the axis, when it came before the hours (or without them). */
    public Optional<AxisEquivalence> completedBy() {
        return Optional.ofNullable(completedBy);
    }
}
