package be.wallonie.parcours.domain.access;

import be.wallonie.parcours.domain.shared.Refusal;
import java.util.Map;

/** A change to a staff account that the rules refuse, with the reason. */
public class AccountRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** Why the change is refused. */
    public enum Reason {
        /** Administrators cannot deactivate their own account: nobody might be left to reactivate it. */
        OWN_ACCOUNT_DEACTIVATED,
        /** Administrators cannot give themselves another role: nobody might be left to administer. */
        OWN_ROLE_CHANGED
    }

    public AccountRefusedException(Reason reason, String message) {
        super("ACCOUNT_REFUSED", reason, message);
    }

    /**
     * A refusal with the facts that explain it, by name (states, axes, hours, dates, codes), which the API renders in
     * the reader's language; {@code message} is English, for the logs.
     */
    public AccountRefusedException(Reason reason, String message, Map<String, ?> arguments) {
        super("ACCOUNT_REFUSED", reason, message, arguments);
    }
}
