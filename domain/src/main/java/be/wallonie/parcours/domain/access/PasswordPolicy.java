package be.wallonie.parcours.domain.access;

import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * What a staff password must be, whoever sets it: at least {@value #MIN_LENGTH} characters (length is what makes a
 * password hard to guess), at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt ignores what follows), and not the
 * username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /**
     * @param field where the password is in the request, such as {@code password}
     * @throws be.wallonie.parcours.domain.shared.InvalidValueException naming {@code field} when the password breaks
     *                                                                  the policy
     */
    public static void check(String password, String username, String field) {
        Violations violations = new Violations();
        if (password == null || password.isBlank()) {
            violations.check(false, field, ViolationCode.REQUIRED);
        } else {
            violations.check(password.codePointCount(0, password.length()) >= MIN_LENGTH, field,
                    ViolationCode.MINIMUM_LENGTH, Map.of("minimum", MIN_LENGTH));
            violations.check(password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES, field,
                    ViolationCode.MAXIMUM_BYTES, Map.of("maximum", MAX_BYTES));
            violations.check(username == null || !password.toLowerCase(Locale.ROOT).contains(username), field,
                    ViolationCode.NOT_CONTAINING_USERNAME);
        }
        violations.throwIfAny();
    }
}
