package be.wallonie.parcours.domain.deadline;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileAction;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionStatus;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The actions a case file allows now (ADR 0032), from its state machine ({@link CaseFileState#nextSteps()}) and what
 * its parts record, with the one that moves the parcours on: the <i>primary</i> action, and the deadline it answers.
 * The caller's role is not known here: the API keeps the supervisor's decisions from the others.
 *
 * @param actions  every action allowed now, in the order of {@link CaseFileAction}
 * @param primary  the next step of the parcours, when there is one to take now
 * @param deadline the deadline the next step answers, when one applies
 */
public record AllowedActions(List<CaseFileAction> actions, Optional<CaseFileAction> primary,
        Optional<DueDate> deadline) {

    private static final Set<Axis> TRAINING = EnumSet.of(Axis.CITIZENSHIP, Axis.FRENCH, Axis.SOCIO_PROFESSIONAL);

    public AllowedActions {
        actions = List.copyOf(actions);
    }

    /**
     * @param reception the file's reception module, or {@code null} before it starts
     * @param convention the file's convention, or {@code null} before it is proposed
     */
    static AllowedActions of(CaseFile file, ReceptionModule reception, Convention convention,
            CaseFileDeadlines deadlines, LocalDate today) {
        CaseFileState state = file.state();
        Set<CaseFileState> next = state.nextSteps();
        AxisProgress progress = deadlines.progress();
        Set<CaseFileAction> allowed = EnumSet.noneOf(CaseFileAction.class);
        CaseFileAction primary = null;
        DueDate deadline = null;
        switch (state) {
            case OPENED -> {
                allowed.add(CaseFileAction.START_RECEPTION);
                primary = CaseFileAction.START_RECEPTION;
                deadline = deadlines.receptionModule();
            }
            case RECEPTION -> {
                allowed.addAll(EnumSet.of(CaseFileAction.RECORD_SOCIAL_REVIEW, CaseFileAction.RECORD_RIGHTS_SESSION,
                        CaseFileAction.RECORD_FRENCH_TEST));
                boolean reviewed = reception != null && reception.socialReview().isPresent();
                boolean ready = reviewed && reception.frenchTestSettled();
                if (ready && convention == null) {
                    allowed.add(CaseFileAction.PROPOSE_CONVENTION);
                }
                if (convention != null && convention.status() == ConventionStatus.PROPOSED) {
                    allowed.add(CaseFileAction.SIGN_CONVENTION);
                }
                primary = receptionStep(reception, convention);
                deadline = deadlines.receptionModule();
            }
            case CONVENTION_SIGNED, IN_PROGRESS -> {
                Set<Axis> unfinished = EnumSet.noneOf(Axis.class);
                unfinished.addAll(progress.unfinished());
                unfinished.retainAll(TRAINING);
                if (!unfinished.isEmpty()) {
                    allowed.add(CaseFileAction.ENROL);
                }
                allowed.add(CaseFileAction.RECORD_INTERVIEW);
                if (convention != null && convention.isSigned()) {
                    allowed.add(CaseFileAction.AMEND_CONVENTION);
                }
                if (unfinished.contains(Axis.FRENCH)) {
                    allowed.add(CaseFileAction.RECORD_FRENCH_CERTIFICATE);
                }
                if (unfinished.contains(Axis.SOCIO_PROFESSIONAL)) {
                    allowed.add(CaseFileAction.RECORD_WORK_RELEASE);
                }
                Predicate<Axis> notStarted = axis -> progress.startedOn(axis).isEmpty();
                if (deadlines.isReviewDue(today)) {
                    primary = CaseFileAction.RECORD_INTERVIEW;
                    deadline = deadlines.nextEvaluationInterview().orElse(null);
                } else if (unfinished.stream().anyMatch(notStarted)) {
                    primary = CaseFileAction.ENROL;
                    deadline = deadlines.finalDeadline().orElse(null);
                }
            }
            case COMPLETED -> {
                allowed.add(CaseFileAction.ISSUE_ATTESTATION);
                primary = CaseFileAction.ISSUE_ATTESTATION;
                deadline = deadlines.finalDeadline().orElse(null);
            }
            case ATTESTATION_ISSUED -> allowed.add(CaseFileAction.REVOKE_ATTESTATION);
            case SUSPENDED -> {
                allowed.add(CaseFileAction.RESUME);
                primary = CaseFileAction.RESUME;
                deadline = deadlines.finalDeadline().orElse(null);
            }
            case TRANSFERRED, CLOSED -> {
                // read-only history: nothing to do
            }
        }
        if (next.contains(CaseFileState.SUSPENDED)) {
            allowed.add(CaseFileAction.SUSPEND);
        }
        if (next.contains(CaseFileState.CLOSED)) {
            allowed.add(CaseFileAction.CLOSE);
        }
        if (next.contains(CaseFileState.TRANSFERRED)) {
            allowed.add(CaseFileAction.TRANSFER);
        }
        if (!state.isTerminal() && file.isObliged() && file.finalDeadline().isPresent()) {
            allowed.add(CaseFileAction.EXTEND_DEADLINE);
        }
        return new AllowedActions(List.copyOf(allowed), Optional.ofNullable(primary), Optional.ofNullable(deadline));
    }

    /** The reception module's parts in the order they are usually held, then the convention. */
    private static CaseFileAction receptionStep(ReceptionModule reception, Convention convention) {
        if (reception == null || reception.socialReview().isEmpty()) {
            return CaseFileAction.RECORD_SOCIAL_REVIEW;
        }
        if (reception.rightsAndDutiesSession().isEmpty()) {
            return CaseFileAction.RECORD_RIGHTS_SESSION;
        }
        if (!reception.frenchTestSettled()) {
            return CaseFileAction.RECORD_FRENCH_TEST;
        }
        return convention == null ? CaseFileAction.PROPOSE_CONVENTION : CaseFileAction.SIGN_CONVENTION;
    }

    /** Whether {@code action} is allowed now. */
    public boolean allows(CaseFileAction action) {
        return actions.contains(action);
    }

    /** The same, keeping only the actions {@code permitted} (the caller's role); the primary goes if it is not kept. */
    public AllowedActions keeping(Predicate<CaseFileAction> permitted) {
        List<CaseFileAction> kept = actions.stream().filter(permitted).toList();
        Optional<CaseFileAction> keptPrimary = primary.filter(kept::contains);
        return new AllowedActions(kept, keptPrimary, keptPrimary.isPresent() ? deadline : Optional.empty());
    }
}
