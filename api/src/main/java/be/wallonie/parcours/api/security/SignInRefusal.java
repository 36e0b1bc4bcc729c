package be.wallonie.parcours.api.security;

/**
 * Why a sign-in was refused, for the record kept of it ({@link AuthResource}); the client is told only "wrong
 * credentials" (401) or "too many attempts" (429), never which.
 */
public enum SignInRefusal {
    /** The address has used its attempts of the minute (429). */
    TOO_MANY_ATTEMPTS_FROM_ADDRESS,
    /** The account must still wait after failures at this address (429). */
    ACCOUNT_DELAYED_AT_ADDRESS,
    /** No account or API client has this username or client id (401). */
    UNKNOWN_ACCOUNT,
    /** The password or client secret is wrong (401). */
    WRONG_SECRET,
    /** The account or API client is deactivated (401). */
    INACTIVE_ACCOUNT
}
