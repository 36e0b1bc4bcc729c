package be.wallonie.parcours.api.obligation;

import java.time.LocalDate;
import java.util.Map;

import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;

/**
 * The dates the API accepts, from 1900-01-01 to 2999-12-31. JSON and ISO 8601 allow years up to 999,999,999, where
 * the rules' date arithmetic (a deadline 3 years later) would overflow; no fact of a living person lies outside.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private PlausibleDates() {
    }

    /** Reports {@code field} when {@code date} is given and out of range. */
    public static void check(Violations violations, String field, LocalDate date) {
        violations.check(date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST), field,
                ViolationCode.DATE_RANGE, Map.of("earliest", EARLIEST, "latest", LATEST));
    }
}
