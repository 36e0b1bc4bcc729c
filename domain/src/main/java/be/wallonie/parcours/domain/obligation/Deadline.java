package be.wallonie.parcours.domain.obligation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The day by which an obliged person must hold the final attestation, and the regime that set it. It is counted with
 * {@code plusMonths} from the day the residence permit was ordered, clamped to the last day of a shorter month
 * (2023-08-31 + 18 months = 2025-02-28). The CRI can extend it; an extension is recorded on the file, not here.
 */
public record Deadline(LocalDate date, DeadlineRegime regime) {

    public Deadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(regime, "regime");
    }

    /**
     * The deadline of a person obliged by a permit ordered on {@code orderDate}: 18 months before the effective date
     * of the 3-year regime, 3 years from it.
     *
     * @return empty when the permit was ordered before the obligation existed (19 May 2016)
     */
    public static Optional<Deadline> forPermitOrderedOn(LocalDate orderDate, ObligationSettings settings) {
        if (orderDate.isBefore(RuleSetVersion.OBLIGATION_IN_FORCE)) {
            return Optional.empty();
        }
        return Optional.of(countedFrom(orderDate, RuleSetVersion.applicableOn(orderDate, settings).deadlineRegime()));
    }

    static Deadline countedFrom(LocalDate start, DeadlineRegime regime) {
        return new Deadline(start.plusMonths(regime.months()), regime);
    }
}
