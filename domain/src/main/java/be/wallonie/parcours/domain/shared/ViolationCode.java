package be.wallonie.parcours.domain.shared;

/**
 * The rules of form and consistency that a value can break, each a stable code that an adapter explains in the
 * reader's language ({@code violation.<code>}). A violation names its field and, when the rule has them, its
 * arguments: the names below in braces.
 */
public enum ViolationCode {
    /** A value is required. */
    REQUIRED,
    /** A date must not be before the date of another field: {@code {other}}, the other field's path. */
    NOT_BEFORE,
    /** A date must not be after the date of another field: {@code {other}}, the other field's path. */
    NOT_AFTER,
    /** A date must be a calendar day from {@code {earliest}} to {@code {latest}}. */
    DATE_RANGE,
    /** A new final deadline must be after the current one, {@code {finalDeadline}}. */
    AFTER_FINAL_DEADLINE,
    /** A date must not be before the case file was opened, on {@code {openedOn}}. */
    NOT_BEFORE_OPENING,
    /** A date must not be before the start of the enrolment, on {@code {startDate}}. */
    NOT_BEFORE_ENROLMENT_START,
    /** A date must not be before the signature of the convention, on {@code {signedOn}}. */
    NOT_BEFORE_SIGNATURE,
    /** A number must be {@code {minimum}} or more. */
    MINIMUM,
    /** A number must be from {@code {minimum}} to {@code {maximum}}. */
    RANGE,
    /** A number must be more than 0. */
    POSITIVE,
    /** A fraction of full time must be more than 0 and at most 1. */
    FRACTION,
    /** A number of months must be more than 0. */
    POSITIVE_MONTHS,
    /** Hours must be more than 0. */
    POSITIVE_HOURS,
    /** Hours must be at most {@code {maximum}} a day. */
    MAXIMUM_HOURS_PER_DAY,
    /** Hours must be a whole number of quarter hours. */
    QUARTER_HOURS,
    /** A text must be a number of hours, such as 2.75. */
    NUMBER_OF_HOURS,
    /** A text must have at most {@code {maximum}} characters. */
    MAXIMUM_LENGTH,
    /** A text must have at least {@code {minimum}} characters. */
    MINIMUM_LENGTH,
    /** A text must have at most {@code {maximum}} bytes in UTF-8. */
    MAXIMUM_BYTES,
    /** A search text must have at least {@code {minimum}} letters or digits. */
    MINIMUM_LETTERS_OR_DIGITS,
    /** A password must not contain the username. */
    NOT_CONTAINING_USERNAME,
    /** A username has 3 to 100 lower-case letters, digits, dots, hyphens or underscores. */
    USERNAME,
    /** An operator code has 2 to 40 upper-case letters, digits or hyphens. */
    OPERATOR_CODE,
    /** A CRI code, such as CRIPEL (or DG, the German-speaking Community, for a commune). */
    CRI_CODE,
    /** A NIS code has 5 digits. */
    NIS_CODE,
    /** A NIS code of a commune of the Walloon Region. */
    KNOWN_COMMUNE,
    /** A Belgian postal code has 4 digits. */
    POSTAL_CODE,
    /** A country is an ISO 3166-1 alpha-2 code in upper case. */
    COUNTRY_CODE,
    /** A known ISO 3166-1 alpha-2 country code. */
    KNOWN_COUNTRY,
    /** A language is an ISO 639 code in lower case. */
    LANGUAGE_CODE,
    /** A known ISO 639-1 language code. */
    KNOWN_LANGUAGE,
    /** A national register number has 11 digits. */
    NATIONAL_NUMBER,
    /** The check digits of a national register number match. */
    NATIONAL_NUMBER_CHECK_DIGITS,
    /** A phone number. */
    PHONE_NUMBER,
    /** An e-mail address. */
    EMAIL_ADDRESS,
    /** A CEFR level: A0, A1, A2, B1, B2, C1 or C2. */
    CEFR_LEVEL,
    /** A dispense, D1 to D8. */
    DISPENSE,
    /** The start of an ongoing employment of the person. */
    ONGOING_EMPLOYMENT_START,
    /** The reception module is run by the CRI itself: no operator is recognised for it. */
    RECEPTION_RUN_BY_CRI,
    /** Hours required go with hours attended. */
    WITH_HOURS_ATTENDED,
    /** A year of four digits. */
    YEAR,
    /** An attestation number, such as CRIPEL-2026-00042. */
    ATTESTATION_NUMBER,
    /** A verification code, such as 7K3D-QX9M-2B4T. */
    VERIFICATION_CODE,
    /** An HTTP method and a path template, without values. */
    ENDPOINT_TEMPLATE,
    /** Field names joined by commas. */
    FIELD_NAMES
}
