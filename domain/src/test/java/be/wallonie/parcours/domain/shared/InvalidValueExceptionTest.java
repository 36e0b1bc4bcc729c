package be.wallonie.parcours.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void violationOfAValueItselfTakesTheFieldItIsPlacedUnder() {
        assertThat(new InvalidValueException("", ViolationCode.NIS_CODE).under("communeNis").violations())
                .containsExactly(new Violation("communeNis", ViolationCode.NIS_CODE));
    }

    @Test
    void violationOfANestedFieldIsPrefixedWithItsParentPathAndKeepsItsArguments() {
        assertThat(new InvalidValueException("fraction", ViolationCode.RANGE, Map.of("minimum", 0, "maximum", 1))
                .under("employment[0]").violations())
                .containsExactly(new Violation("employment[0].fraction", ViolationCode.RANGE,
                        Map.of("maximum", 1, "minimum", 0)));
        assertThat(new InvalidValueException("[2]", ViolationCode.REQUIRED).under("employment").violations())
                .containsExactly(new Violation("employment[2]", ViolationCode.REQUIRED));
    }

    @Test
    void violationsCollectsEveryFieldOnceAndThrowsThemTogether() {
        Violations violations = new Violations();
        violations.require(null, "birthDate");
        violations.nested("nationality", () -> new CountryCode("zz"));
        violations.absorb(new InvalidValueException("nationality", ViolationCode.REQUIRED));

        InvalidValueException thrown = catchThrowableOfType(
                InvalidValueException.class, violations::throwIfAny);

        assertThat(thrown.violations()).extracting(Violation::field).containsExactly("birthDate", "nationality");
        assertThat(thrown.violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.REQUIRED, ViolationCode.COUNTRY_CODE);
    }

    @Test
    void aViolationTellsTheLogsItsFieldCodeAndArgumentsNeverTheValue() {
        InvalidValueException invalid = new InvalidValueException("birthDate", ViolationCode.NOT_AFTER,
                Map.of("other", "asOf"));

        assertThat(invalid).hasMessage("birthDate NOT_AFTER {other=asOf}");
    }

    @Test
    void argumentsWithoutAValueAreLeftOutAndCollectionsAreKeptInOrder() {
        Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("startDate", null);
        withNull.put("allowedStates", java.util.Set.of("B", "A"));

        Violation violation = new Violation("on", ViolationCode.NOT_BEFORE_ENROLMENT_START, withNull);

        assertThat(violation.arguments()).containsOnlyKeys("allowedStates")
                .containsEntry("allowedStates", java.util.List.of("A", "B"));
    }
}
