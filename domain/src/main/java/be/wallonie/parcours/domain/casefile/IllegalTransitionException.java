package be.wallonie.parcours.domain.casefile;

import be.wallonie.parcours.domain.shared.DomainException;

/** A case file was asked to move to a state that its state machine does not allow now. */
public class IllegalTransitionException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final CaseFileState from;
    private final CaseFileState to;
    private final String why;

    public IllegalTransitionException(CaseFileState from, CaseFileState to, String why) {
        super("A case file cannot go from " + from + " to " + to + ": " + why);
        this.from = from;
        this.to = to;
        this.why = why;
    }

    public CaseFileState from() {
        return from;
    }

    public CaseFileState to() {
        return to;
    }

    public String why() {
        return why;
    }

    @Override
    public String code() {
        return "CASE_FILE_ILLEGAL_TRANSITION";
    }
}
