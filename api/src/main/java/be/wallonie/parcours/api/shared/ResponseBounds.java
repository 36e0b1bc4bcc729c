package be.wallonie.parcours.api.shared;

/**
 * The bounds of what the API answers, stated in the OpenAPI document on the response records
 * ({@code @Schema(maxLength = ResponseBounds.NAME)}): each is the database column's that keeps the value, or, for a
 * free text kept as {@code text}, the bound that every request writing it enforces (docs/adr/0021).
 */
public final class ResponseBounds {

    /** A free text: a reason, a note, an explanation, an evidence (kept as {@code text}; requests send 2,000 at most). */
    public static final int TEXT = 2000;
    /** A name: a person's last name or first names, a CRI's, an operator's, an issuer's ({@code varchar(200)}). */
    public static final int NAME = 200;
    /** A postal address on one line ({@code varchar(300)}). */
    public static final int ADDRESS = 300;
    /** A username, a client id, who recorded or decided something ({@code varchar(100)}). */
    public static final int USERNAME = 100;
    /** A CRI's code ({@code varchar(10)}). */
    public static final int CRI_CODE = 10;
    /** An operator's code ({@code varchar(40)}). */
    public static final int OPERATOR_CODE = 40;
    /** A tenant: a CRI's or an operator's code, or a NIS code. */
    public static final int TENANT = 40;
    /** A code of the rules: a role, an obligation code, a kind ({@code varchar(30)}). */
    public static final int CODE = 30;
    /** A commune's NIS code: 5 digits. */
    public static final int NIS_CODE = 5;
    /** A Belgian postal code: 4 digits. */
    public static final int POSTAL_CODE = 4;
    /** A country: ISO 3166-1 alpha-2. */
    public static final int COUNTRY = 2;
    /** A language: ISO 639, 2 or 3 letters. */
    public static final int LANGUAGE = 3;
    /** A national register number: 11 digits. */
    public static final int NATIONAL_NUMBER = 11;
    /** A locality, a province, an arrondissement ({@code varchar(100)}). */
    public static final int LOCALITY = 100;
    /** A phone number ({@code varchar(40)}). */
    public static final int PHONE = 40;
    /** A web address ({@code varchar(200)}). */
    public static final int WEBSITE = 200;
    /** An attestation's number, {@code CRIPEL-2026-00042} ({@code varchar(30)}). */
    public static final int ATTESTATION_NUMBER = 30;
    /** An attestation's verification code, {@code 7K3D-QX9M-2B4T}. */
    public static final int VERIFICATION_CODE = 14;
    /** A SHA-256 in hexadecimal. */
    public static final int SHA256 = 64;
    /** An address the API builds: its public base address and a path. */
    public static final int URL = 300;
    /** An endpoint as the audit trail names it: a method and a path template ({@code varchar(300)}). */
    public static final int ENDPOINT = 300;
    /** A line of an explanation or of a text the API writes from its bundles. */
    public static final int MESSAGE = 1000;
    /** The residence permits, or the periods of work, of one person: as many as a request may send. */
    public static final int PERIODS = 50;
    /** A count of records: the largest integer every JSON client reads exactly (2^53 - 1). */
    public static final String COUNT = "9007199254740991";
    /** A number of days between two dates the API keeps (years 1900 to 2999). */
    public static final String DAYS = "400000";

    private ResponseBounds() {
    }
}
