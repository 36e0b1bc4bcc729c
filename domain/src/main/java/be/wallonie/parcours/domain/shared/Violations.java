package be.wallonie.parcours.domain.shared;

import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations of a constructor or a builder so that it reports every faulty field at once, then throws one
 * {@link InvalidValueException}. Used inside a single constructor or build call; not shared between threads.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Reports {@code field} as required when {@code value} is {@code null}. */
    public void require(Object value, String field) {
        check(value != null, field, "is required");
    }

    /** Reports {@code field} with {@code message} unless {@code valid}. */
    public void check(boolean valid, String field, String message) {
        if (!valid) {
            found.add(new Violation(field, message));
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
