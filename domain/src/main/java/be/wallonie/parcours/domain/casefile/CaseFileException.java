package be.wallonie.parcours.domain.casefile;

import be.wallonie.parcours.domain.shared.Refusal;
import java.util.Map;

/** A change to a case file that the rules refuse, other than a transition. */
public class CaseFileException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** Why the change is refused. */
    public enum Reason {
        /** The person lives in the German-language region: the Walloon programme does not apply there. */
        OUT_OF_SCOPE,
        /** The person already has a current case file (at this CRI or another). */
        CURRENT_FILE_EXISTS,
        /** The assessment is about another person. */
        OTHER_PERSON,
        /** The file is transferred, closed or its attestation issued: it is read-only. */
        FILE_FROZEN,
        /** The action is not allowed in the file's current state. */
        NOT_ALLOWED_IN_STATE,
        /** A transfer must go to another CRI. */
        SAME_CRI,
        /** A volunteer has no deadline to extend. */
        NO_DEADLINE
    }

    public CaseFileException(Reason reason, String message) {
        super("CASE_FILE", reason, message);
    }

    /**
     * A refusal with the facts that explain it, by name (states, axes, hours, dates, codes), which the API renders in
     * the reader's language; {@code message} is English, for the logs.
     */
    public CaseFileException(Reason reason, String message, Map<String, ?> arguments) {
        super("CASE_FILE", reason, message, arguments);
    }
}
