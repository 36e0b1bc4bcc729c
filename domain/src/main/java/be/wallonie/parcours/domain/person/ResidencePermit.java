package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A residence permit (<i>titre de séjour</i>) of the person. Its order date, the day the commune was instructed to
 * issue it, starts the obligation and its deadline (CWASS art. 152/7). A person keeps every permit: see
 * {@link ResidencePermits} for the one an assessment reads.
 *
 * @param cardType       the letter of the card, or {@code null} when the card is not issued yet
 * @param permitType     the basis of the permit
 * @param orderDate      the day the permit was ordered at the commune
 * @param issueDate      the day the card was issued, or {@code null}
 * @param validityMonths the validity in months; 3 or less is not a permit of more than 3 months
 * @param legalStayStart the first day of legal stay in Belgium, earlier permits included, or {@code null} for the
 *                       order date
 * @param familyLink     the family link the permit rests on; {@link FamilyLink#NONE} by default
 */
@Embeddable
public record ResidencePermit(@Enumerated(EnumType.STRING) @Column(name = "card_type") CardType cardType,
        @Enumerated(EnumType.STRING) @Column(name = "permit_type") PermitType permitType,
        @Column(name = "order_date") LocalDate orderDate, @Column(name = "issue_date") LocalDate issueDate,
        @Column(name = "validity_months") int validityMonths,
        @Column(name = "legal_stay_start") LocalDate legalStayStart,
        @Enumerated(EnumType.STRING) @Column(name = "family_link") FamilyLink familyLink) {

    public ResidencePermit {
        familyLink = familyLink == null ? FamilyLink.NONE : familyLink;
        Violations violations = new Violations();
        violations.require(permitType, "permitType");
        violations.require(orderDate, "orderDate");
        violations.check(validityMonths > 0, "validityMonths", ViolationCode.POSITIVE_MONTHS);
        if (orderDate != null) {
            violations.check(issueDate == null || !issueDate.isBefore(orderDate), "issueDate",
                    ViolationCode.NOT_BEFORE, Map.of("other", "orderDate"));
            violations.check(legalStayStart == null || !legalStayStart.isAfter(orderDate), "legalStayStart",
                    ViolationCode.NOT_AFTER, Map.of("other", "orderDate"));
        }
        violations.throwIfAny();
    }

    /** The first day of legal stay this permit proves: the one stated, or else its order date. */
    public LocalDate effectiveLegalStayStart() {
        return legalStayStart == null ? orderDate : legalStayStart;
    }
}
