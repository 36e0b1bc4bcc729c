package be.wallonie.parcours.domain.attestation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.deadline.AxisProgress;

/**
 * Which axes of the file are required and which are done, as the attestation reads them. Taken from an
 * {@link AxisProgress} through its {@code required()}, {@code unfinished()} and {@code doneOn(axis)} only, so that
 * how an axis is found done (hours, certificate, release) stays the progress's business.
 *
 * @param required   the required axes
 * @param unfinished the required axes not done
 * @param doneOn     the day each done axis was done
 */
public record AxisCompletion(Set<Axis> required, Set<Axis> unfinished, Map<Axis, LocalDate> doneOn) {

    public AxisCompletion {
        required = Collections
                .unmodifiableSet(required.isEmpty() ? EnumSet.noneOf(Axis.class) : EnumSet.copyOf(required));
        unfinished = Collections.unmodifiableSet(
                unfinished.isEmpty() ? EnumSet.noneOf(Axis.class) : EnumSet.copyOf(unfinished));
        doneOn = Collections.unmodifiableMap(doneOn.isEmpty() ? new EnumMap<>(Axis.class) : new EnumMap<>(doneOn));
        if (!required.containsAll(unfinished)) {
            throw new IllegalArgumentException("An unfinished axis must be required");
        }
    }

    public static AxisCompletion of(AxisProgress progress) {
        Map<Axis, LocalDate> done = new EnumMap<>(Axis.class);
        for (Axis axis : progress.required()) {
            progress.doneOn(axis).ifPresent(day -> done.put(axis, day));
        }
        return new AxisCompletion(progress.required(), progress.unfinished(), done);
    }

    public Optional<LocalDate> doneOn(Axis axis) {
        return Optional.ofNullable(doneOn.get(axis));
    }
}
