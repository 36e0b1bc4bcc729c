package be.wallonie.parcours.domain.selfcheck;

import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import java.util.Arrays;
import java.util.List;

/**
 * The public self-check of the regional site: from a newcomer's yes / no / don't know answers, which steps of the
 * programme are validated, which are still to do, and the latest day to finish.
 * <ul>
 * <li>A step is validated by a {@link Answer#YES} to its question; French is also validated by an A2 certificate,
 * and socio-professional orientation by a release.</li>
 * <li>A received final attestation validates every step: the CRI issues it only when every axis of the convention is
 * completed (domain rules §6).</li>
 * <li>The latest day is the deadline of a permit ordered on the date given ({@link Deadline#forPermitOrderedOn}),
 * unless the person answers that they need not participate or have not received their permit.</li>
 * </ul>
 */
public final class SelfCheck {

    private final ObligationSettings settings;

    public SelfCheck(ObligationSettings settings) {
        this.settings = settings;
    }

    public SelfCheckResult assess(SelfCheckAnswers answers) {
        if (answers.commune() != null && answers.commune().isGermanSpeaking()) {
            return new SelfCheckResult(true, List.of(), null, false);
        }
        boolean attested = answers.finalAttestationReceived().isYes();
        List<StepProgress> steps = Arrays.stream(ProgrammeStep.values())
                .map(step -> new StepProgress(step,
                        attested || step.isValidatedBy(answers) ? StepState.VALIDATED : StepState.TO_DO))
                .toList();
        boolean complete = steps.stream().allMatch(progress -> progress.state() == StepState.VALIDATED);
        return new SelfCheckResult(false, steps, maxEndDate(answers), complete);
    }

    private Deadline maxEndDate(SelfCheckAnswers answers) {
        boolean deadlineRuns = answers.permitOrderDate() != null && answers.mustParticipate() != Answer.NO
                && answers.permitReceived() != Answer.NO;
        return deadlineRuns ? Deadline.forPermitOrderedOn(answers.permitOrderDate(), settings).orElse(null) : null;
    }
}
