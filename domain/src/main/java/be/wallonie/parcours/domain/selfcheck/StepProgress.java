package be.wallonie.parcours.domain.selfcheck;

import java.util.Objects;

/** One step of the programme and where the newcomer stands on it. */
public record StepProgress(ProgrammeStep step, StepState state) {

    public StepProgress {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(state, "state");
    }
}
