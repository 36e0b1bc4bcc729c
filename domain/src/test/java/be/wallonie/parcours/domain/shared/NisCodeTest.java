package be.wallonie.parcours.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NisCodeTest {

    @Test
    void fiveDigitsAreANisCode() {
        assertThat(new NisCode("62063")).hasToString("62063");
    }

    @Test
    void anythingElseIsRejected() {
        for (String invalid : new String[]{"6206", "620630", "6206A", "٦٢٠٦٣", null}) {
            assertThatThrownBy(() -> new NisCode(invalid)).as(String.valueOf(invalid))
                    .isInstanceOf(InvalidValueException.class);
        }
    }
}
