package be.wallonie.parcours.domain.shared;

import java.util.regex.Pattern;

/**
 * Statbel REFNIS code of a Belgian commune: five digits, for example {@code 62063} for Liège.
 */
public record NisCode(String value) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

    public NisCode {
        if (value == null) {
            throw new InvalidValueException("", ViolationCode.REQUIRED);
        }
        if (!FIVE_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("", ViolationCode.NIS_CODE);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
