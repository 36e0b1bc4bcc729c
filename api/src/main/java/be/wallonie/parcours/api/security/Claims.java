package be.wallonie.parcours.api.security;

/**
 * The claims of Parcours access tokens besides the standard ones: the principal's tenant (the role is in
 * {@code groups}), its display name, and the version of its account's tokens (docs/adr/0027).
 */
public final class Claims {

    public static final String CRI = "cri";
    public static final String OPERATOR = "operator";
    public static final String NIS = "nis";
    public static final String NAME = "name";
    /** The account's token version when the token was issued; a token whose version is no longer current is 401. */
    public static final String TOKEN_VERSION = "tv";
    /**
     * The {@code sub} of an API client's token starts with this, then its client id; a staff member's {@code sub} is
     * the account's id.
     */
    public static final String CLIENT_SUBJECT = "client:";

    private Claims() {
    }
}
