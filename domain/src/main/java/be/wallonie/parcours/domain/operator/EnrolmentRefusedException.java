package be.wallonie.parcours.domain.operator;

import be.wallonie.parcours.domain.shared.Refusal;
import java.util.Map;

/** An enrolment, or a change to one, that the rules refuse, with the reason. */
public class EnrolmentRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** Why the enrolment is refused. */
    public enum Reason {
        /** The reception module is run by the CRI: nobody enrols on it with an operator. */
        RECEPTION_IS_NOT_AN_ENROLMENT,
        /** The convention is not signed yet. */
        CONVENTION_NOT_SIGNED,
        /** The signed convention does not require the axis. */
        AXIS_NOT_REQUIRED,
        /** The operator no longer takes enrolments. */
        OPERATOR_INACTIVE,
        /** The Walloon Region does not recognise the operator for the axis. */
        OPERATOR_NOT_RECOGNISED,
        /** The training cannot start before the convention is signed. */
        START_BEFORE_SIGNATURE,
        /** The case file is not in a state that takes enrolments (suspended, completed, frozen). */
        FILE_NOT_IN_PROGRESS,
        /** Only an active enrolment is completed or withdrawn. */
        NOT_ACTIVE
    }

    public EnrolmentRefusedException(Reason reason, String message) {
        super("ENROLMENT_REFUSED", reason, message);
    }

    /**
     * A refusal with the facts that explain it, by name (states, axes, hours, dates, codes), which the API renders in
     * the reader's language; {@code message} is English, for the logs.
     */
    public EnrolmentRefusedException(Reason reason, String message, Map<String, ?> arguments) {
        super("ENROLMENT_REFUSED", reason, message, arguments);
    }
}
