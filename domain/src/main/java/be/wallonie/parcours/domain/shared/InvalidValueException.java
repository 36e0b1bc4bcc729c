package be.wallonie.parcours.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A value, or a set of facts, that breaks a rule of form or consistency. Each {@link Violation} names the faulty field
 * by its path in the request contract ({@code birthDate}, {@code permit.orderDate}, {@code employment[0].fraction}), so
 * that an adapter can answer one problem that points at every faulty field.
 * <p>
 * A value object that validates itself (such as {@link NisCode}) reports an empty field: it does not know under which
 * name it is used. The object or builder that uses it places the violation under its own field with
 * {@link #under(String)}.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public InvalidValueException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidValueException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid value has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same violations, their fields placed under {@code parent} (for example {@code permit}). */
    public InvalidValueException under(String parent) {
        return new InvalidValueException(violations.stream().map(violation -> violation.under(parent)).toList());
    }

    private static String describe(List<Violation> violations) {
        return violations.stream()
                .map(violation -> violation.field() + ": " + violation.message())
                .collect(Collectors.joining("; "));
    }

    /**
     * One faulty field and why it is faulty.
     *
     * @param field   path of the field in the request contract; empty for the value itself
     * @param message what is wrong, in plain English, without the value (it may be personal data)
     */
    public record Violation(String field, String message) {

        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        Violation under(String parent) {
            if (field.isEmpty()) {
                return new Violation(parent, message);
            }
            String separator = field.startsWith("[") ? "" : ".";
            return new Violation(parent + separator + field, message);
        }
    }
}
