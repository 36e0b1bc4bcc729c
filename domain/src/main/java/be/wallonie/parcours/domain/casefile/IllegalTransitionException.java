package be.wallonie.parcours.domain.casefile;

import be.wallonie.parcours.domain.shared.DomainException;
import java.util.HashMap;
import java.util.Map;

/**
 * A case file was asked to move to a state that its state machine does not allow now. Its code is always
 * {@code CASE_FILE_ILLEGAL_TRANSITION}; the {@link Reason} says why, with the states {@code from} and {@code to} as
 * arguments (and the steps allowed, or the axes unfinished, when the reason has them).
 */
public class IllegalTransitionException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** The stable code of every illegal transition. */
    public static final String CODE = "CASE_FILE_ILLEGAL_TRANSITION";

    /** Why the transition is refused. */
    public enum Reason {
        /** The attestation is issued: the parcours is over. */
        PARCOURS_OVER("the attestation is issued: the parcours is over"),
        /** The file was transferred to another CRI and is frozen. */
        FILE_TRANSFERRED("the file was transferred to another CRI and is frozen"),
        /** The file is closed. */
        FILE_CLOSED("the file is closed"),
        /** A suspended file is resumed first; it can only be transferred or closed. */
        RESUME_FIRST("a suspended file must be resumed first (it can only be transferred or closed)"),
        /** The file is already in the state asked for. */
        ALREADY_IN_STATE("the file is already in that state"),
        /** The state asked for does not follow the current one: argument {@code nextSteps}, the states that do. */
        NOT_A_NEXT_STEP("it does not follow, the file can only go to the next steps"),
        /** Only a suspended file is resumed. */
        NOT_SUSPENDED("the file is not suspended: there is nothing to resume"),
        /** A file is completed once its convention is signed. */
        CONVENTION_NOT_SIGNED("the convention is not signed"),
        /** A file is completed once every required axis is done: argument {@code unfinished}, the axes that are not. */
        AXES_UNFINISHED("required axes are unfinished");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }
    }

    private final CaseFileState from;
    private final CaseFileState to;
    private final Reason reason;

    public IllegalTransitionException(CaseFileState from, CaseFileState to, Reason reason) {
        this(from, to, reason, Map.of());
    }

    /** A refusal for {@code reason}, with its further arguments ({@code nextSteps}, {@code unfinished}). */
    public IllegalTransitionException(CaseFileState from, CaseFileState to, Reason reason, Map<String, ?> arguments) {
        super("A case file cannot go from " + from + " to " + to + ": " + reason.explanation
                + (arguments.isEmpty() ? "" : " " + arguments), withStates(from, to, arguments));
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    private static Map<String, Object> withStates(CaseFileState from, CaseFileState to, Map<String, ?> arguments) {
        Map<String, Object> all = new HashMap<>(arguments);
        all.put("from", from);
        all.put("to", to);
        return all;
    }

    public CaseFileState from() {
        return from;
    }

    public CaseFileState to() {
        return to;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String code() {
        return CODE;
    }

    /** {@code CASE_FILE_ILLEGAL_TRANSITION.<reason>}. */
    @Override
    public String explanationCode() {
        return CODE + "." + reason.name();
    }
}
