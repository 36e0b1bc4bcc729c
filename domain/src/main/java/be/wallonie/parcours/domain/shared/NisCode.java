package be.wallonie.parcours.domain.shared;

import java.util.regex.Pattern;

/**
 * Statbel REFNIS code of a Belgian commune: five digits, for example {@code 62063} for Liège.
 */
public record NisCode(String value) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

    public NisCode {
        if (value == null) {
            throw new InvalidValueException("", "is required");
        }
        if (!FIVE_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("", "must be a NIS code of 5 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
