package be.wallonie.parcours.domain.deadline;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.IllegalTransitionException;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentStatus;
import be.wallonie.parcours.domain.reception.ReceptionModule;
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
 * person). The reception axis is done when the reception module is complete; another axis when one of its enrolments
 * is completed (until the attendance ledger derives it from the hours attended, an A2 certificate or a release).
 */
public final class AxisProgress {

    private final CaseFile caseFile;
    private final boolean conventionSigned;
    private final Set<Axis> required;
    private final Map<Axis, LocalDate> startedOn = new EnumMap<>(Axis.class);
    private final Map<Axis, LocalDate> doneOn = new EnumMap<>(Axis.class);

    private AxisProgress(CaseFile caseFile, boolean conventionSigned, Set<Axis> required) {
        this.caseFile = caseFile;
        this.conventionSigned = conventionSigned;
        this.required = Collections.unmodifiableSet(required);
    }

    /**
     * @param reception  the file's reception module, or {@code null} before it starts
     * @param convention the file's convention, or {@code null} before it is proposed
     * @param enrolments the file's enrolments
     */
    public static AxisProgress of(CaseFile caseFile, ReceptionModule reception, Convention convention,
            List<Enrolment> enrolments) {
        boolean signed = convention != null && convention.isSigned();
        AxisProgress progress = new AxisProgress(caseFile, signed,
                signed ? convention.requiredAxes() : requiredByDecree(caseFile));
        if (reception != null) {
            reception.completedOn().ifPresent(day -> progress.doneOn.put(Axis.RECEPTION, day));
        }
        for (Axis axis : EnumSet.complementOf(EnumSet.of(Axis.RECEPTION))) {
            List<Enrolment> onAxis = enrolments.stream().filter(enrolment -> enrolment.axis() == axis).toList();
            onAxis.stream().map(Enrolment::startDate).min(Comparator.naturalOrder())
                    .ifPresent(day -> progress.startedOn.put(axis, day));
            onAxis.stream().filter(enrolment -> enrolment.status() == EnrolmentStatus.COMPLETED)
                    .map(enrolment -> enrolment.endDate().orElseThrow())
                    .min(Comparator.naturalOrder())
                    .ifPresent(day -> progress.doneOn.put(axis, day));
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
                    "the convention is not signed");
        }
        if (!unfinished().isEmpty()) {
            throw new IllegalTransitionException(caseFile.state(), CaseFileState.COMPLETED,
                    "required axes are unfinished: " + unfinished());
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

    /** The start of the first enrolment on the axis: a change of operator does not restart it. */
    public Optional<LocalDate> startedOn(Axis axis) {
        return Optional.ofNullable(startedOn.get(axis));
    }
}
