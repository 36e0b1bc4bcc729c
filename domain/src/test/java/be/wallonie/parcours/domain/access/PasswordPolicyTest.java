package be.wallonie.parcours.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import be.wallonie.parcours.domain.shared.ViolationCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A staff password: 12 characters at least, 72 bytes at most (bcrypt's limit), never the username. */
class PasswordPolicyTest {

    private static void refused(String password, ViolationCode rule, Map<String, Object> arguments) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "agent.cripel", "password"))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .containsExactly(new Violation("password", rule, arguments)));
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
        refused("onze-carac!", ViolationCode.MINIMUM_LENGTH, Map.of("minimum", 12));
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() {
        refused("é".repeat(37), ViolationCode.MAXIMUM_BYTES, Map.of("maximum", 72));
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        refused("2026-AGENT.CRIPEL-2026", ViolationCode.NOT_CONTAINING_USERNAME, Map.of());
    }

    @Test
    void aMissingPasswordIsRefused() {
        refused(null, ViolationCode.REQUIRED, Map.of());
        refused("   ", ViolationCode.REQUIRED, Map.of());
    }
}
