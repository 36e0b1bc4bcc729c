package be.wallonie.parcours.domain.person;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The permits of a person over time, and which of them an assessment reads on a day.
 * <p>
 * A renewal does not start a new obligation, but a permit on another basis does: a student (dispensed, D5) who then
 * holds a work permit is assessed on the day the work permit was ordered, with the legal stay counted from the student
 * permit. So the permit assessed is the <em>first of the latest run of permits on the same basis</em>, among those
 * ordered on or before the day; the legal stay starts on the earliest start that any of those permits proves.
 */
public final class ResidencePermits {

    private final List<ResidencePermit> byOrderDate;

    public ResidencePermits(List<ResidencePermit> permits) {
        this.byOrderDate = permits.stream().sorted(Comparator.comparing(ResidencePermit::orderDate)).toList();
    }

    /** The permit the obligation is assessed on, on {@code day}; empty when no permit was ordered by then. */
    public Optional<ResidencePermit> assessedOn(LocalDate day) {
        ResidencePermit assessed = null;
        for (ResidencePermit permit : orderedBy(day)) {
            if (assessed == null || permit.permitType() != assessed.permitType()) {
                assessed = permit;
            }
        }
        return Optional.ofNullable(assessed);
    }

    /** The earliest first day of legal stay that the permits ordered by {@code day} prove. */
    public Optional<LocalDate> legalStayStartOn(LocalDate day) {
        return orderedBy(day).stream().map(ResidencePermit::effectiveLegalStayStart).min(Comparator.naturalOrder());
    }

    private List<ResidencePermit> orderedBy(LocalDate day) {
        return byOrderDate.stream().filter(permit -> !permit.orderDate().isAfter(day)).toList();
    }
}
