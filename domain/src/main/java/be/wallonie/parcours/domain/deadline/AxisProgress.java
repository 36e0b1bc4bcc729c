package be.wallonie.parcours.domain.deadline;

import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.AxisAttendance;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.IllegalTransitionException;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which axes of a case file are required, started and done. The required axes are those of the signed convention;
 * before the signature, those the decree already requires (the reception module, and citizenship for an obliged
 * person). The reception axis is done when the reception module is complete; another axis as the attendance ledger
 * derives it (domain rules §5): when the hours attended, net of corrections, reach the requirement in force at the
 * signature (60 h of citizenship, 400 h of French, 4 h of orientation), or on the day of an equivalence (a certificate
 * of French of A2 or above, a release because the person works). See {@link AxisAttendance}.
 */
public final class AxisProgress {

    private final CaseFile caseFile;
    private final boolean conventionSigned;
    private final Set<Axis> required;
    private final Map<Axis, LocalDate> startedOn = new EnumMap<>(Axis.class);
    private final Map<Axis, LocalDate> doneOn = new EnumMap<>(Axis.class);
    private final Map<Axis, AxisAttendance> attendance = new EnumMap<>(Axis.class);

    private AxisProgress(CaseFile caseFile, boolean conventionSigned, Set<Axis> required) {
        this.caseFile = caseFile;
        this.conventionSigned = conventionSigned;
        this.required = Collections.unmodifiableSet(required);
    }

    /**
     * @param reception  the file's reception module, or {@code null} before it starts
     * @param convention the file's convention, or {@code null} before it is proposed
     * @param enrolments the file's enrolments
     * @param attendance the file's attendance: its entries and equivalences ({@link Attendance#none()} before any)
     */
    public static AxisProgress of(CaseFile caseFile, ReceptionModule reception, Convention convention,
            List<Enrolment> enrolments, Attendance attendance) {
        boolean signed = convention != null && convention.isSigned();
        AxisProgress progress = new AxisProgress(caseFile, signed,
                signed ? convention.requiredAxes() : requiredByDecree(caseFile));
        if (reception != null) {
            reception.completedOn().ifPresent(day -> progress.doneOn.put(Axis.RECEPTION, day));
        }
        LocalDate requirementsOn = convention != null ? Attendance.requirementsDayOf(convention) : caseFile.openedOn();
        for (Axis axis : EnumSet.complementOf(EnumSet.of(Axis.RECEPTION))) {
            enrolments.stream().filter(enrolment -> enrolment.axis() == axis).map(Enrolment::startDate)
                    .min(Comparator.naturalOrder())
                    .ifPresent(day -> progress.startedOn.put(axis, day));
            AxisAttendance onAxis = attendance.axis(axis, requirementsOn);
            progress.attendance.put(axis, onAxis);
            onAxis.doneOn().ifPresent(day -> progress.doneOn.put(axis, day));
        }
        return progress;
    }

    private static Set<Axis> requiredByDecree(CaseFile caseFile) {
        return caseFile.isObliged() ? EnumSet.of(Axis.RECEPTION, Axis.CITIZENSHIP) : EnumSet.of(Axis.RECEPTION);
    }

    /**
     * Completes the parcours: the file moves to {@link CaseFileState#COMPLETED}.
     *
     * @throws IllegalTransitionException when the convention is not signed or a required axis is unfinished
     */
    public void completeParcours(LocalDate on, String by, Instant at) {
        if (!conventionSigned) {
            throw new IllegalTransitionException(caseFile.state(), CaseFileState.COMPLETED,
                    IllegalTransitionException.Reason.CONVENTION_NOT_SIGNED);
        }
        if (!unfinished().isEmpty()) {
            throw new IllegalTransitionException(caseFile.state(), CaseFileState.COMPLETED,
                    IllegalTransitionException.Reason.AXES_UNFINISHED, Map.of("unfinished", unfinished()));
        }
        caseFile.complete(on, by, at);
    }

    /** The required axes, in the order of {@link Axis}. */
    public Set<Axis> required() {
        return required;
    }

    /** The required axes not done yet. */
    public Set<Axis> unfinished() {
        Set<Axis> unfinished = EnumSet.noneOf(Axis.class);
        required.stream().filter(axis -> !isDone(axis)).forEach(unfinished::add);
        return unfinished;
    }

    public boolean isDone(Axis axis) {
        return doneOn.containsKey(axis);
    }

    /** The day the axis was done. */
    public Optional<LocalDate> doneOn(Axis axis) {
        return Optional.ofNullable(doneOn.get(axis));
    }

    /**
     * Where an axis other than reception stands in hours: done, required, remaining, and what completed it. Empty for
     * the reception axis, which the reception module completes.
     */
    public Optional<AxisAttendance> attendance(Axis axis) {
        return Optional.ofNullable(attendance.get(axis));
    }

    /** The hours attended on the axis, net of corrections; 0 for the reception axis. */
    public BigDecimal hoursDone(Axis axis) {
        return attendance(axis).map(AxisAttendance::hoursDone).orElse(BigDecimal.ZERO.setScale(2));
    }

    /** The hours the axis requires; 0 for the reception axis. */
    public BigDecimal hoursRequired(Axis axis) {
        return attendance(axis).map(AxisAttendance::hoursRequired).orElse(BigDecimal.ZERO.setScale(2));
    }

    /** The hours still to attend on the axis: 0 once it is done. */
    public BigDecimal hoursRemaining(Axis axis) {
        return attendance(axis).map(AxisAttendance::hoursRemaining).orElse(BigDecimal.ZERO.setScale(2));
    }

    /** The start of the first enrolment on the axis: a change of operator does not restart it. */
    public Optional<LocalDate> startedOn(Axis axis) {
        return Optional.ofNullable(startedOn.get(axis));
    }
}
