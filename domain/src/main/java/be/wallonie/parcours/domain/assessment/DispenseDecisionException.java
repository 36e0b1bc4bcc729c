package be.wallonie.parcours.domain.assessment;

import be.wallonie.parcours.domain.shared.Refusal;

/** A supervisor's confirmation or rejection of a dispense to confirm that the rules refuse. */
public class DispenseDecisionException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** Why the decision is refused. */
    public enum Reason {
        /** The assessment is not a dispense to confirm: a verdict of the rules, a recorded or rejected dispense. */
        NOTHING_TO_CONFIRM,
        /** A supervisor already confirmed this dispense. */
        ALREADY_CONFIRMED,
        /** A supervisor already rejected this dispense. */
        ALREADY_REJECTED,
        /** The person was assessed again since: the dispense to confirm is no longer the current verdict. */
        SUPERSEDED
    }

    public DispenseDecisionException(Reason reason, String message) {
        super("DISPENSE_DECISION", reason, message);
    }
}
