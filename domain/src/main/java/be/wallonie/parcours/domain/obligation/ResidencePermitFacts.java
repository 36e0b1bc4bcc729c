package be.wallonie.parcours.domain.obligation;

import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.LocalDate;

/**
 * The residence permit the check is about. Its order date, the day the commune was instructed to issue it, is the
 * reference date of the assessment and the start of the deadline.
 *
 * @param type           the basis of the permit
 * @param orderDate      the day the permit was ordered at the commune
 * @param validityMonths the validity of the permit in months; 3 or less is a permit of three months or less
 */
public record ResidencePermitFacts(PermitType type, LocalDate orderDate, int validityMonths) {

    /** Validity assumed when the request does not give one. */
    public static final int DEFAULT_VALIDITY_MONTHS = 12;

    public ResidencePermitFacts {
        Violations violations = new Violations();
        violations.require(type, "type");
        violations.require(orderDate, "orderDate");
        violations.check(validityMonths > 0, "validityMonths", ViolationCode.POSITIVE_MONTHS);
        violations.throwIfAny();
    }
}
