package be.wallonie.parcours.domain.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import be.wallonie.parcours.domain.shared.ViolationCode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hours of one day: quarter hours, more than 0, at most 24. */
class HoursTest {

    @Test
    void quarterHoursAreHours() {
        Hours hours = Hours.of("2.75");

        assertThat(hours.value()).isEqualByComparingTo("2.75");
        assertThat(hours.quarters()).isEqualTo(11);
        assertThat(hours).hasToString("2.75");
    }

    @Test
    void hoursAreEqualWhateverTheirWriting() {
        assertThat(Hours.of("3")).isEqualTo(Hours.of("3.00")).isEqualTo(Hours.of(3))
                .isEqualTo(new Hours(new BigDecimal("3.0")));
        assertThat(Hours.of(3)).hasToString("3");
    }

    @Test
    void aDayHasAtMost24Hours() {
        assertThat(Hours.of(24).quarters()).isEqualTo(96);
        assertThatThrownBy(() -> Hours.of("24.25")).isInstanceOfSatisfying(InvalidValueException.class,
                invalid -> assertThat(invalid.violations()).containsExactly(
                        new Violation("", ViolationCode.MAXIMUM_HOURS_PER_DAY,
                                Map.of("maximum", Hours.MAXIMUM_PER_DAY))));
    }

    @Test
    void hoursArePositive() {
        for (String invalid : new String[]{"0", "-1", "-0.25"}) {
            assertThatThrownBy(() -> Hours.of(invalid)).as(invalid).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining(ViolationCode.POSITIVE_HOURS.name());
        }
    }

    @Test
    void anythingButQuarterHoursIsRefused() {
        for (String invalid : new String[]{"2.1", "0.2", "1.125", "0.3333"}) {
            assertThatThrownBy(() -> Hours.of(invalid)).as(invalid).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining(ViolationCode.QUARTER_HOURS.name());
        }
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        for (String invalid : new String[]{"two", "2,75", "", null}) {
            assertThatThrownBy(() -> Hours.of(invalid)).as(String.valueOf(invalid))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void hoursCompare() {
        assertThat(Hours.of("0.25")).isLessThan(Hours.of("1.5"));
    }
}
