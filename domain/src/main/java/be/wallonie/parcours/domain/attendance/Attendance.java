package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.AxisRequirement;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.LegalThresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The attendance of one case file as the ledger holds it: the net hours of each axis and day (the running totals the
 * database keeps as the entries are written, docs/adr/0018-attendance-running-totals.md) and its equivalences. Where
 * each axis stands is derived from them on each call; nothing is typed in, and no entry is read.
 */
public final class Attendance {

    private static final Attendance NONE = new Attendance(List.of(), List.of());

    private final List<AxisDayTotal> days;
    private final List<AxisEquivalence> equivalences;

    private Attendance(List<AxisDayTotal> days, List<AxisEquivalence> equivalences) {
        this.days = List.copyOf(days);
        this.equivalences = List.copyOf(equivalences);
    }

    /**
     * @param days         the case file's net hours per axis and day, in any order
     * @param equivalences the case file's equivalences, in any order
     */
    public static Attendance of(List<AxisDayTotal> days, List<AxisEquivalence> equivalences) {
        return new Attendance(days, equivalences);
    }

    /** The attendance that {@code entries} (sessions and corrections, in any order) make, with the equivalences. */
    public static Attendance ofEntries(List<AttendanceEntry> entries, List<AxisEquivalence> equivalences) {
        return new Attendance(AxisDayTotal.sumOf(entries), equivalences);
    }

    /** Nothing attended, no equivalence: a file before its first session. */
    public static Attendance none() {
        return NONE;
    }

    /** The net hours per axis and day. */
    public List<AxisDayTotal> days() {
        return days;
    }

    public List<AxisEquivalence> equivalences() {
        return equivalences;
    }

    /**
     * Where {@code axis} stands under the requirement in force on {@code requirementsOn} (the day the convention was
     * signed, see {@link #requirementsDayOf(Convention)}).
     *
     * @throws IllegalArgumentException for the reception axis, which the reception module completes
     */
    public AxisAttendance axis(Axis axis, LocalDate requirementsOn) {
        if (axis == Axis.RECEPTION) {
            throw new IllegalArgumentException("The reception axis is completed by the reception module, not by hours");
        }
        AxisRequirement requirement = requirementOn(axis, requirementsOn);
        BigDecimal required = BigDecimal.valueOf(requirement.minimumHours());
        Map<LocalDate, BigDecimal> perDay = new TreeMap<>();
        days.stream()
                .filter(day -> day.axis() == axis)
                .forEach(day -> perDay.merge(day.day(), day.hours(), BigDecimal::add));
        BigDecimal done = BigDecimal.ZERO.setScale(2);
        LocalDate reachedOn = null;
        for (Map.Entry<LocalDate, BigDecimal> day : perDay.entrySet()) {
            done = done.add(day.getValue());
            if (reachedOn == null && done.signum() > 0 && done.compareTo(required) >= 0) {
                reachedOn = day.getKey();
            }
        }
        if (done.compareTo(required) < 0) {
            reachedOn = null; // a later reversal took the total back under the requirement
        }
        AxisEquivalence equivalence = equivalences.stream()
                .filter(candidate -> candidate.axis() == axis && completes(candidate, requirement))
                .min(Comparator.comparing(AxisEquivalence::effectiveOn))
                .orElse(null);
        LocalDate doneOn = reachedOn;
        AxisEquivalence completedBy = null;
        if (equivalence != null && (doneOn == null || equivalence.effectiveOn().isBefore(doneOn))) {
            doneOn = equivalence.effectiveOn();
            completedBy = equivalence;
        }
        return new AxisAttendance(axis, requirement, done, doneOn, completedBy);
    }

    private static boolean completes(AxisEquivalence equivalence, AxisRequirement requirement) {
        return switch (equivalence.kind()) {
            case FRENCH_CERTIFICATE -> equivalence.level().map(requirement::isCompletedByLevel).orElse(false);
            case WORK_RELEASE -> requirement.releasable();
        };
    }

    /**
     * The day every axis the signed convention requires was done: the latest of the reception module's completion and
     * of each other axis's done-on date. Empty while the convention is not signed or an axis is unfinished.
     */
    public Optional<LocalDate> parcoursDoneOn(Convention convention) {
        if (!convention.isSigned()) {
            return Optional.empty();
        }
        LocalDate requirementsOn = requirementsDayOf(convention);
        List<LocalDate> days = new ArrayList<>();
        for (Axis axis : convention.requiredAxes()) {
            Optional<LocalDate> doneOn = axis == Axis.RECEPTION
                    ? convention.receptionModule().completedOn()
                    : axis(axis, requirementsOn).doneOn();
            if (doneOn.isEmpty()) {
                return Optional.empty();
            }
            days.add(doneOn.get());
        }
        return days.stream().max(Comparator.naturalOrder());
    }

    /**
     * The day whose requirements apply to a convention: its signature, or its proposal before that (see
     * {@link LegalThresholds}).
     */
    public static LocalDate requirementsDayOf(Convention convention) {
        return convention.signedOn().orElse(convention.proposedOn());
    }

    /** The requirement of {@code axis} on {@code day}, or the earliest kept when the day comes before it. */
    static AxisRequirement requirementOn(Axis axis, LocalDate day) {
        AxisRequirement earliest = null;
        for (AxisRequirement requirement : LegalThresholds.history()) {
            if (requirement.axis() == axis && (earliest == null || requirement.validFrom().isBefore(
                    earliest.validFrom()))) {
                earliest = requirement;
            }
        }
        if (earliest == null) {
            throw new IllegalArgumentException("No requirement of " + axis + " is kept");
        }
        return day.isBefore(earliest.validFrom()) ? earliest : LegalThresholds.requirementFor(axis, day);
    }
}
