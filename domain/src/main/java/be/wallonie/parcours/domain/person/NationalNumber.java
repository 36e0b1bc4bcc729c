package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import java.util.regex.Pattern;

/**
 * The Belgian national register number (<i>numéro de registre national</i>), or a BIS number of the Crossroads Bank
 * for Social Security built the same way: eleven digits {@code YYMMDD SSS CC}, where {@code CC} is
 * {@code 97 - (YYMMDDSSS mod 97)}. For a person born in 2000 or later the check is computed on {@code 2YYMMDDSSS}, so
 * the check digits also tell the century of birth.
 * <p>
 * The number is personal data: it is never put in a URL or a log, and {@link #toString()} masks it. It is optional at
 * intake; two persons with the same number are the same person.
 *
 * @param value the eleven digits, without separators
 */
public record NationalNumber(String value) {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("[0-9]{11}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final long BORN_IN_2000_OR_LATER_PREFIX = 2_000_000_000L;
    private static final int MODULUS = 97;

    public NationalNumber {
        if (value == null) {
            throw new InvalidValueException("", ViolationCode.REQUIRED);
        }
        if (!ELEVEN_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("", ViolationCode.NATIONAL_NUMBER);
        }
        if (!checksumMatches(value, false) && !checksumMatches(value, true)) {
            throw new InvalidValueException("", ViolationCode.NATIONAL_NUMBER_CHECK_DIGITS);
        }
    }

    /** Reads a number as people write it, with or without dots, dashes and spaces ({@code 85.07.30-033.28}). */
    public static NationalNumber parse(String text) {
        return new NationalNumber(text == null ? null : SEPARATORS.matcher(text).replaceAll(""));
    }

    /** Whether the check digits are those of a person born in 2000 or later. */
    public boolean bornIn2000OrLater() {
        return checksumMatches(value, true);
    }

    /** The number as the register prints it: {@code YY.MM.DD-SSS.CC}. */
    public String formatted() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6) + "-"
                + value.substring(6, 9) + "." + value.substring(9);
    }

    private static boolean checksumMatches(String digits, boolean bornIn2000OrLater) {
        long base = Long.parseLong(digits.substring(0, 9));
        if (bornIn2000OrLater) {
            base += BORN_IN_2000_OR_LATER_PREFIX;
        }
        long check = MODULUS - base % MODULUS;
        return check == Long.parseLong(digits.substring(9));
    }

    /** Masked, so that the number never reaches a log by accident. */
    @Override
    public String toString() {
        return "NationalNumber[***]";
    }
}
