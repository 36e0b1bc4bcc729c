package be.wallonie.parcours.domain.convention;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Hours of training attended on one day, to the quarter hour (domain rules §5): more than 0 and at most 24, for
 * example {@code Hours.of("2.75")}. Totals per axis are derived from the sessions, never typed in.
 *
 * @param value the hours, with two decimals
 */
public record Hours(BigDecimal value) implements Comparable<Hours> {

    /** At most this many hours are attended on one day. */
    public static final BigDecimal MAXIMUM_PER_DAY = BigDecimal.valueOf(24);

    private static final BigDecimal QUARTERS_PER_HOUR = BigDecimal.valueOf(4);

    public Hours {
        if (value == null) {
            throw new InvalidValueException("", ViolationCode.REQUIRED);
        }
        if (value.signum() <= 0) {
            throw new InvalidValueException("", ViolationCode.POSITIVE_HOURS);
        }
        if (value.compareTo(MAXIMUM_PER_DAY) > 0) {
            throw new InvalidValueException("", ViolationCode.MAXIMUM_HOURS_PER_DAY,
                    Map.of("maximum", MAXIMUM_PER_DAY));
        }
        if (value.multiply(QUARTERS_PER_HOUR).stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("", ViolationCode.QUARTER_HOURS, Map.of("hours", value));
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Reads hours written with a decimal point: {@code "3"}, {@code "2.75"}. */
    public static Hours of(String text) {
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException("", ViolationCode.NUMBER_OF_HOURS);
        }
        return new Hours(parsed);
    }

    public static Hours of(int wholeHours) {
        return new Hours(BigDecimal.valueOf(wholeHours));
    }

    /** The hours as a number of quarter hours: 2.75 hours are 11 quarters. */
    public int quarters() {
        return value.multiply(QUARTERS_PER_HOUR).intValueExact();
    }

    @Override
    public int compareTo(Hours other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString();
    }
}
