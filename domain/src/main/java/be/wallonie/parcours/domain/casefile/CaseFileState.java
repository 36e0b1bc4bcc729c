package be.wallonie.parcours.domain.casefile;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a case file (<i>parcours d'intégration</i>) and the steps allowed from each. The main path is
 * {@code OPENED → RECEPTION → CONVENTION_SIGNED → IN_PROGRESS → COMPLETED → ATTESTATION_ISSUED}; a file that is
 * followed up can be suspended (and resumed to the state it left), transferred to another CRI or closed.
 */
public enum CaseFileState {
    /** Registered at the CRI; the reception module has not started. */
    OPENED,
    /** The reception module (<i>module d'accueil</i>) is under way. */
    RECEPTION,
    /** The convention is signed; no training has started. */
    CONVENTION_SIGNED,
    /** The person is enrolled with at least one operator. */
    IN_PROGRESS,
    /** Every axis of the convention is done; the attestation can be issued. */
    COMPLETED,
    /** The final attestation (<i>attestation de fréquentation</i>) is issued: the parcours is over. */
    ATTESTATION_ISSUED,
    /** Paused (illness, a stay abroad); resuming returns to the state the file left. */
    SUSPENDED,
    /** The person moved to the territory of another CRI, where a new file continues: this one is frozen. */
    TRANSFERRED,
    /** Ended without an attestation, with a reason. */
    CLOSED;

    /** The states a file can go to from this one, resuming from {@link #SUSPENDED} aside. */
    public Set<CaseFileState> nextSteps() {
        return switch (this) {
            case OPENED -> EnumSet.of(RECEPTION, SUSPENDED, TRANSFERRED, CLOSED);
            case RECEPTION -> EnumSet.of(CONVENTION_SIGNED, SUSPENDED, TRANSFERRED, CLOSED);
            case CONVENTION_SIGNED -> EnumSet.of(IN_PROGRESS, COMPLETED, SUSPENDED, TRANSFERRED, CLOSED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, SUSPENDED, TRANSFERRED, CLOSED);
            case COMPLETED -> EnumSet.of(ATTESTATION_ISSUED, CLOSED);
            case SUSPENDED -> EnumSet.of(TRANSFERRED, CLOSED);
            case ATTESTATION_ISSUED, TRANSFERRED, CLOSED -> EnumSet.noneOf(CaseFileState.class);
        };
    }

    /** Nothing follows: the file is read-only history. */
    public boolean isTerminal() {
        return nextSteps().isEmpty();
    }

    /** Whether the CRI follows the file up: deadlines run and the work queues show it. */
    public boolean isFollowedUp() {
        return this == OPENED || this == RECEPTION || this == CONVENTION_SIGNED || this == IN_PROGRESS
                || this == SUSPENDED;
    }

    /** Whether the file still stands for the person's parcours: a transferred or closed file no longer does. */
    public boolean isCurrent() {
        return this != TRANSFERRED && this != CLOSED;
    }

    /** Why the file cannot go from this state to {@code target}. */
    IllegalTransitionException refusalTo(CaseFileState target) {
        IllegalTransitionException.Reason reason = switch (this) {
            case ATTESTATION_ISSUED -> IllegalTransitionException.Reason.PARCOURS_OVER;
            case TRANSFERRED -> IllegalTransitionException.Reason.FILE_TRANSFERRED;
            case CLOSED -> IllegalTransitionException.Reason.FILE_CLOSED;
            case SUSPENDED -> IllegalTransitionException.Reason.RESUME_FIRST;
            default -> target == this
                    ? IllegalTransitionException.Reason.ALREADY_IN_STATE
                    : IllegalTransitionException.Reason.NOT_A_NEXT_STEP;
        };
        return reason == IllegalTransitionException.Reason.NOT_A_NEXT_STEP
                ? new IllegalTransitionException(this, target, reason, Map.of("nextSteps", nextSteps()))
                : new IllegalTransitionException(this, target, reason);
    }
}
