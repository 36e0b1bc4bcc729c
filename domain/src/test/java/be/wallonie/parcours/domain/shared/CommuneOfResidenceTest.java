package be.wallonie.parcours.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommuneOfResidenceTest {

    @Test
    void communeOfTheGermanLanguageRegionIsMarkedDg() {
        assertThat(new CommuneOfResidence(new NisCode("63023"), "DG").isGermanSpeaking()).isTrue();
        assertThat(new CommuneOfResidence(new NisCode("62063"), "CRIPEL").isGermanSpeaking()).isFalse();
    }

    @Test
    void territoryCodeIsRequired() {
        assertThatThrownBy(() -> new CommuneOfResidence(new NisCode("62063"), "cripel"))
                .isInstanceOf(InvalidValueException.class);
    }
}
