package be.wallonie.parcours.domain.shared;

import jakarta.validation.constraints.Size;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A postal address in Belgium: street and number, a bpost postal code of four digits and the locality.
 *
 * @param street     street, number and box, as written on the letter
 * @param postalCode four digits, for example {@code 4000}
 * @param locality   the locality of the postal code, for example {@code Liège}
 */
@Embeddable
public record Address(@Size(max = 200) String street, @Column(name = "postal_code") @Size(max = 4) String postalCode,
        @Size(max = 100) String locality) {

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    public Address {
        Violations violations = new Violations();
        violations.requireText(street, "street");
        violations.check(postalCode != null && FOUR_DIGITS.matcher(postalCode).matches(), "postalCode",
                ViolationCode.POSTAL_CODE);
        violations.requireText(locality, "locality");
        violations.throwIfAny();
        street = street.strip();
        locality = locality.strip();
    }
}
