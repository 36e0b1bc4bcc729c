package be.wallonie.parcours.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountryCodeTest {

    @Test
    void assignedAlpha2CodeInUpperCaseIsAccepted() {
        assertThat(new CountryCode("MA")).hasToString("MA").isEqualTo(new CountryCode("MA"));
    }

    @Test
    void kosovoIsAcceptedAsTheUserAssignedCodeXk() {
        assertThat(new CountryCode("XK").value()).isEqualTo("XK");
    }

    @Test
    void lowerCaseUnknownOrMissingCodeIsRejectedAsTheValueItself() {
        for (String invalid : new String[]{"ma", "ZZ", "MAR", "", null}) {
            assertThatThrownBy(() -> new CountryCode(invalid)).as(String.valueOf(invalid))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.violations()).singleElement()
                                    .satisfies(violation -> assertThat(violation.field()).isEmpty()));
        }
    }
}
