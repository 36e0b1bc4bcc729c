package be.wallonie.parcours.domain.convention;

import be.wallonie.parcours.domain.reception.CefrLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What completes an axis, from the day a legal text set it: a number of hours attended, or an equivalence (a
 * certificate of a CEFR level, a release because the person works).
 *
 * @param axis           the axis
 * @param validFrom      the first day of signature of the conventions it applies to
 * @param minimumHours   the hours to attend; 0 for the reception module, completed by its three parts
 * @param completedByLevel a certificate of this level or above completes the axis; {@code null} when none does
 * @param releasable     whether a release (the person already works) completes the axis
 * @param legalSource    the text that set it
 */
public record AxisRequirement(Axis axis, LocalDate validFrom, int minimumHours, CefrLevel completedByLevel,
        boolean releasable, String legalSource) {

    public AxisRequirement {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(legalSource, "legalSource");
        if (minimumHours < 0) {
            throw new IllegalArgumentException("minimumHours must not be negative");
        }
    }

    /** Whether {@code attendedHours} reach the minimum. */
    public boolean isMetBy(BigDecimal attendedHours) {
        return attendedHours.compareTo(BigDecimal.valueOf(minimumHours)) >= 0;
    }

    /** Whether a certificate of {@code level} completes the axis. */
    public boolean isCompletedByLevel(CefrLevel level) {
        return completedByLevel != null && level.isAtLeast(completedByLevel);
    }

    public Optional<CefrLevel> levelThatCompletes() {
        return Optional.ofNullable(completedByLevel);
    }
}
