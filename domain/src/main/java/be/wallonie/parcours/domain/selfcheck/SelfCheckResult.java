package be.wallonie.parcours.domain.selfcheck;

import be.wallonie.parcours.domain.obligation.Deadline;
import java.util.List;

/**
 * What the public self-check answers.
 *
 * @param outOfScope {@code true} when the commune lies in the German-language region, where the German-speaking
 *                   Community runs its own programme: no step and no date are then given
 * @param steps      every step of the programme, in order, with its state
 * @param maxEndDate the latest day to obtain the attestation, when it can be computed; otherwise {@code null}
 * @param complete   whether every step is validated
 */
public record SelfCheckResult(boolean outOfScope, List<StepProgress> steps, Deadline maxEndDate, boolean complete) {

    public SelfCheckResult {
        steps = List.copyOf(steps);
    }
}
