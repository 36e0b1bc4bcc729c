package be.wallonie.parcours.domain.obligation;

import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A continuous period of professional activity, for dispense D4: at least half-time for a continuous period of more
 * than 3 months. The dispense can arise during the programme: it applies from the day after {@code start + 3 months}.
 *
 * @param start    first day of work
 * @param end      last day of work, or {@code null} when the activity is ongoing
 * @param fraction work-time fraction, {@code 0 < fraction ≤ 1} (1 is full time)
 */
@Embeddable
public record EmploymentPeriod(@Column(name = "start_date") LocalDate start, @Column(name = "end_date") LocalDate end,
        @Column(name = "fraction", precision = 5, scale = 4) BigDecimal fraction) {

    private static final BigDecimal HALF_TIME = new BigDecimal("0.5");
    private static final int QUALIFYING_MONTHS = 3;

    public EmploymentPeriod {
        Violations violations = new Violations();
        violations.require(start, "start");
        violations.require(fraction, "fraction");
        if (fraction != null) {
            violations.check(fraction.signum() > 0 && fraction.compareTo(BigDecimal.ONE) <= 0, "fraction",
                    ViolationCode.FRACTION);
        }
        if (start != null && end != null) {
            violations.check(!end.isBefore(start), "end", ViolationCode.NOT_BEFORE, Map.of("other", "start"));
        }
        violations.throwIfAny();
    }

    public boolean isAtLeastHalfTime() {
        return fraction.compareTo(HALF_TIME) >= 0;
    }

    /**
     * The first day on which the period has lasted more than 3 months: the day after {@code start + 3 months}
     * ({@code plusMonths} clamps to the last day of a shorter month).
     */
    public LocalDate moreThanThreeMonthsFrom() {
        return start.plusMonths(QUALIFYING_MONTHS).plusDays(1);
    }

    /**
     * Whether this period dispenses on {@code day}: at least half-time, and running on the first day past 3 months,
     * which is not after {@code day}. A period that ended after that day keeps dispensing: once relieved, the person
     * is "no longer subject" to the obligation.
     */
    public boolean dispensesOn(LocalDate day) {
        LocalDate qualifyingDay = moreThanThreeMonthsFrom();
        boolean runningOnQualifyingDay = end == null || !end.isBefore(qualifyingDay);
        return isAtLeastHalfTime() && runningOnQualifyingDay && !day.isBefore(qualifyingDay);
    }
}
