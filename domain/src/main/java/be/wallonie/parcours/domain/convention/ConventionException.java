package be.wallonie.parcours.domain.convention;

import be.wallonie.parcours.domain.shared.Refusal;
import java.util.Map;

/** A change to a convention that the rules refuse. */
public class ConventionException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** Why the change is refused. */
    public enum Reason {
        /** A proposal needs the social review and the French test (done or waived). */
        RECEPTION_NOT_READY,
        /** The reception module is not this file's. */
        OTHER_CASE_FILE,
        /** The convention is already signed: amend it instead. */
        ALREADY_SIGNED,
        /** The convention is not signed yet. */
        NOT_SIGNED,
        /** A convention is signed after the social review, not before. */
        SIGNED_BEFORE_SOCIAL_REVIEW,
        /** The reception module changed since the proposal: revise the proposal before signing. */
        PROPOSAL_OUTDATED,
        /** The final deadline is past on the day of signature: extend it first. */
        DEADLINE_PASSED,
        /** Every convention keeps the reception module as its first axis. */
        RECEPTION_AXIS_REQUIRED,
        /** Citizenship is always required of an obliged person. */
        CITIZENSHIP_REQUIRED_FOR_OBLIGED,
        /** The amendment would change nothing. */
        NOTHING_TO_AMEND,
        /** The certificate's level does not complete the French axis. */
        LEVEL_BELOW_THRESHOLD
    }

    public ConventionException(Reason reason, String message) {
        super("CONVENTION", reason, message);
    }

    /**
     * A refusal with the facts that explain it, by name (states, axes, hours, dates, codes), which the API renders in
     * the reader's language; {@code message} is English, for the logs.
     */
    public ConventionException(Reason reason, String message, Map<String, ?> arguments) {
        super("CONVENTION", reason, message, arguments);
    }
}
