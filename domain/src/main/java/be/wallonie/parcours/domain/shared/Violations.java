package be.wallonie.parcours.domain.shared;

import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects the violations of a constructor or a builder so that it reports every faulty field at once, then throws one
 * {@link InvalidValueException}. Used inside a single constructor or build call; not shared between threads.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Reports {@code field} as {@link ViolationCode#REQUIRED} when {@code value} is {@code null}. */
    public void require(Object value, String field) {
        check(value != null, field, ViolationCode.REQUIRED);
    }

    /** Reports {@code field} as {@link ViolationCode#REQUIRED} when {@code text} is {@code null} or blank. */
    public void requireText(String text, String field) {
        check(text != null && !text.isBlank(), field, ViolationCode.REQUIRED);
    }

    /** Reports {@code field} as breaking the rule {@code code} unless {@code valid}. */
    public void check(boolean valid, String field, ViolationCode code) {
        check(valid, field, code, Map.of());
    }

    /** Reports {@code field} as breaking the rule {@code code}, with the rule's {@code arguments}, unless {@code valid}. */
    public void check(boolean valid, String field, ViolationCode code, Map<String, ?> arguments) {
        if (!valid) {
            found.add(new Violation(field, code, Arguments.of(arguments)));
        }
    }

    /**
     * Builds a value that validates itself, placing its violations under {@code field}.
     *
     * @return the value, or {@code null} when it is invalid (its violations are then collected)
     */
    public <T> T nested(String field, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidValueException invalid) {
            found.addAll(invalid.under(field).violations());
            return null;
        }
    }

    /**
     * Collects the violations of {@code invalid} whose field has not been reported yet (a value that failed its own
     * validation is not reported a second time as missing).
     */
    public void absorb(InvalidValueException invalid) {
        invalid.violations().stream().filter(violation -> !isReported(violation.field())).forEach(found::add);
    }

    private boolean isReported(String field) {
        return found.stream().anyMatch(violation -> violation.field().equals(field));
    }

    /** Throws one {@link InvalidValueException} with every violation found, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidValueException(found);
        }
    }
}
