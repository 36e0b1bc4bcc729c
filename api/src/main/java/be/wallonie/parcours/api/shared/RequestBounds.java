package be.wallonie.parcours.api.shared;

/**
 * The bounds of the requests' fields, declared once as Bean Validation on the request records and parameters
 * ({@code @Size(max = RequestBounds.TEXT)}): the OpenAPI document shows them ({@code maxLength}, {@code pattern},
 * {@code maxItems}, {@code minimum}, {@code maximum}) and the API answers 400 {@code validation} beyond them, naming the
 * field (docs/adr/0020-request-bounds.md). Each fits the database column or the domain rule that stores the value.
 */
public final class RequestBounds {

    /** A free text stored as {@code text}: a reason, a note, an explanation, an evidence: a paragraph or two. */
    public static final int TEXT = 2000;
    /** A trainer's note on a session. */
    public static final int SESSION_NOTE = 1000;
    /** A name, a display name, an issuer or a document type ({@code varchar(200)}). */
    public static final int NAME = 200;
    /** A street ({@code varchar(200)}). */
    public static final int STREET = 200;
    /** A locality ({@code varchar(100)}). */
    public static final int LOCALITY = 100;
    /** An e-mail address (RFC 5321, {@code varchar(254)}). */
    public static final int EMAIL = 254;
    /** A phone number: the domain's {@code +} and 6 to 30 digits, spaces, dots, slashes, brackets or hyphens. */
    public static final int PHONE = 31;
    /** A username or a client id ({@code varchar(100)}). */
    public static final int USERNAME = 100;
    /** A password: bcrypt reads 72 bytes, so the password policy allows no more (ADR 0015). */
    public static final int PASSWORD = 72;
    /** A client secret, as the commune's or CPAS's software sends it. */
    public static final int CLIENT_SECRET = 200;
    /** The residence permits, or the periods of work, of one person: a life of renewals fits. */
    public static final int PERIODS = 50;
    /** The axes of the programme: a set holds each at most once. */
    public static final int AXES = 4;
    /** The domains of a social review, each at most once. */
    public static final int NEED_DOMAINS = 6;
    /** The validity of a residence permit in months: an unlimited permit is recorded as 1200 (100 years) at most. */
    public static final int PERMIT_MONTHS = 1200;
    /** A national register number as typed: 11 digits with dots, dashes or spaces ({@code 93.05.02-123.45}). */
    public static final int NATIONAL_NUMBER = 20;
    /** The largest integer every JSON client reads exactly (2^53 - 1): the bound of a cursor kept as a number. */
    public static final long JSON_SAFE_INTEGER = 9_007_199_254_740_991L;
    /** A day as text, {@code YYYY-MM-DD}. */
    public static final int DAY = 10;
    /** A month as text, {@code YYYY-MM}. */
    public static final int MONTH = 7;
    /** A case file list's cursor ({@code nextCursor}): a day and an id, in URL-safe Base64. */
    public static final int CURSOR = 64;

    // The patterns of the codes let an empty value through: whether a value is required, and a blank where it is,
    // is the rules' to say, with the other faults of the request (the services read a blank code as none).

    /** A CRI's code, in any case ({@code CRIPEL}, {@code cai}). */
    public static final String CRI_CODE = "^([A-Za-z]{2,10})?$";
    /** An operator's code as a client refers to it, in any case ({@code ILI-LIEGE}). */
    public static final String OPERATOR_CODE = "^([A-Za-z0-9][A-Za-z0-9-]{1,39})?$";
    /** A new operator's code, as it is kept: upper case ({@code CISP-HUY}). */
    public static final String NEW_OPERATOR_CODE = "^([A-Z0-9][A-Z0-9-]{1,39})?$";
    /** The NIS code of a commune: 5 digits. */
    public static final String NIS_CODE = "^([0-9]{5})?$";
    /** A Belgian postal code: 4 digits. */
    public static final String POSTAL_CODE = "^([0-9]{4})?$";
    /** A postal code in the public self-check: 4 digits, blanks around it ignored. */
    public static final String OPTIONAL_POSTAL_CODE = "^\\s*([0-9]{4}\\s*)?$";
    /** A country: ISO 3166-1 alpha-2, upper case. */
    public static final String COUNTRY_CODE = "^([A-Z]{2})?$";
    /** A language: ISO 639, 2 or 3 lower-case letters. */
    public static final String LANGUAGE_CODE = "^([a-z]{2,3})?$";
    /** A national register number as typed: digits, dots, dashes and spaces (the domain checks the 11 digits). */
    public static final String NATIONAL_NUMBER_CHARACTERS = "^[0-9 .-]*$";
    /** A username: 3 to 100 lower-case letters, digits, dots, hyphens or underscores. */
    public static final String USERNAME_CHARACTERS = "^([a-z0-9][a-z0-9._-]{2,99})?$";
    /** An Idempotency-Key: printable ASCII, as {@code Idempotency.requireKey} checks it (with its length). */
    public static final String IDEMPOTENCY_KEY_CHARACTERS = "^[!-~]+$";
    /** A case file list's cursor: URL-safe Base64. */
    public static final String CURSOR_CHARACTERS = "^[A-Za-z0-9_-]*$";

    private RequestBounds() {
    }
}
