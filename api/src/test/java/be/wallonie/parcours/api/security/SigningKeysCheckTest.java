package be.wallonie.parcours.api.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SigningKeysCheckTest {

    @Test
    void productionRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> SigningKeysCheck.requireOneOf(Optional.empty(), Optional.of(" "), "THE_KEY"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("THE_KEY");
    }

    @Test
    void aKeyOrItsLocationIsEnough() {
        assertThatCode(() -> SigningKeysCheck.requireOneOf(Optional.of("-----BEGIN"), Optional.empty(), "K"))
                .doesNotThrowAnyException();
        assertThatCode(() -> SigningKeysCheck.requireOneOf(Optional.empty(), Optional.of("file:/keys/k.pem"), "K"))
                .doesNotThrowAnyException();
    }
}
