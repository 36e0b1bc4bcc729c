package be.wallonie.parcours.domain.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A staff password: 12 characters at least, 72 bytes at most (bcrypt's limit), never the username. */
class PasswordPolicyTest {

    private static void refused(String password, String message) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "agent.cripel", "password"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("password: " + message);
    }

    @Test
    void twelveCharactersAreEnough() {
        assertThatCode(() -> PasswordPolicy.check("douze-carac!", "agent.cripel", "password"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("Ça été très dur", "agent.cripel", "password"))
                .doesNotThrowAnyException();
    }

    @Test
    void aShortPasswordIsRefused() {
        refused("onze-carac!", "must have at least 12 characters");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() {
        refused("é".repeat(37), "must have at most 72 bytes");
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        refused("2026-AGENT.CRIPEL-2026", "must not contain the username");
    }

    @Test
    void aMissingPasswordIsRefused() {
        refused(null, "is required");
        refused("   ", "is required");
    }
}
