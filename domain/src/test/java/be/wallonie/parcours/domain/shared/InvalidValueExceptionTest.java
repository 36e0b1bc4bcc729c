package be.wallonie.parcours.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void violationOfAValueItselfTakesTheFieldItIsPlacedUnder() {
        assertThat(new InvalidValueException("", "must be 5 digits").under("communeNis").violations())
                .containsExactly(new Violation("communeNis", "must be 5 digits"));
    }

    @Test
    void violationOfANestedFieldIsPrefixedWithItsParentPath() {
        assertThat(new InvalidValueException("fraction", "must be at most 1").under("employment[0]").violations())
                .containsExactly(new Violation("employment[0].fraction", "must be at most 1"));
        assertThat(new InvalidValueException("[2]", "is required").under("employment").violations())
                .containsExactly(new Violation("employment[2]", "is required"));
    }

    @Test
    void violationsCollectsEveryFieldOnceAndThrowsThemTogether() {
        Violations violations = new Violations();
        violations.require(null, "birthDate");
        violations.nested("nationality", () -> new CountryCode("zz"));
        violations.absorb(new InvalidValueException("nationality", "is required"));

        InvalidValueException thrown = catchThrowableOfType(
                InvalidValueException.class, violations::throwIfAny);

        assertThat(thrown.violations()).extracting(Violation::field).containsExactly("birthDate", "nationality");
    }
}
