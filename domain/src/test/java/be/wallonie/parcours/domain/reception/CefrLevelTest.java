package be.wallonie.parcours.domain.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** CEFR levels compare from the lowest, A0 (pre-A1), to C2. */
class CefrLevelTest {

    @Test
    void levelsAreOrderedFromTheLowest() {
        assertThat(CefrLevel.values()).containsExactly(CefrLevel.PRE_A1, CefrLevel.A1, CefrLevel.A2, CefrLevel.B1,
                CefrLevel.B2, CefrLevel.C1, CefrLevel.C2);
        assertThat(CefrLevel.A1.isBelow(CefrLevel.A2)).isTrue();
        assertThat(CefrLevel.A2.isBelow(CefrLevel.A2)).isFalse();
        assertThat(CefrLevel.A2.isAtLeast(CefrLevel.A2)).isTrue();
        assertThat(CefrLevel.PRE_A1.isAtLeast(CefrLevel.A1)).isFalse();
        assertThat(CefrLevel.C2.isAtLeast(CefrLevel.A2)).isTrue();
    }

    @Test
    void levelsAreReadAsTestsWriteThem() {
        assertThat(CefrLevel.parse("A0")).isEqualTo(CefrLevel.PRE_A1);
        assertThat(CefrLevel.parse("Pre-A1")).isEqualTo(CefrLevel.PRE_A1);
        assertThat(CefrLevel.parse(" b1 ")).isEqualTo(CefrLevel.B1);
    }

    @Test
    void anythingElseIsNotALevel() {
        for (String invalid : new String[]{"A3", "D1", "", null}) {
            assertThatThrownBy(() -> CefrLevel.parse(invalid)).as(String.valueOf(invalid))
                    .isInstanceOf(InvalidValueException.class);
        }
    }
}
