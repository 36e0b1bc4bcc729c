package be.wallonie.parcours.domain.shared;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A value, or a set of facts, that breaks a rule of form or consistency. Each {@link Violation} names the faulty field
 * by its path in the request contract ({@code birthDate}, {@code permit.orderDate}, {@code employment[0].fraction}),
 * the rule broken as a stable {@link ViolationCode} and the rule's arguments, so that an adapter can answer one problem
 * that points at every faulty field, in the reader's language.
 * <p>
 * A value object that validates itself (such as {@link NisCode}) reports an empty field: it does not know under which
 * name it is used. The object or builder that uses it places the violation under its own field with
 * {@link #under(String)}.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidValueException(String field, ViolationCode code) {
        this(field, code, Map.of());
    }

    public InvalidValueException(String field, ViolationCode code, Map<String, ?> arguments) {
        this(List.of(new Violation(field, code, Arguments.of(arguments))));
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

    /** For the logs: {@code birthDate NOT_AFTER {other=asOf}; nationality REQUIRED}. */
    private static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * One faulty field and the rule it breaks.
     *
     * @param field     path of the field in the request contract; empty for the value itself
     * @param code      the rule broken
     * @param arguments the rule's arguments by name (a bound, a date, another field's path), never the faulty value
     *                  (it may be personal data)
     */
    public record Violation(String field, ViolationCode code, Map<String, Object> arguments) {

        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(code, "code");
            arguments = Arguments.of(arguments);
        }

        public Violation(String field, ViolationCode code) {
            this(field, code, Map.of());
        }

        Violation under(String parent) {
            if (field.isEmpty()) {
                return new Violation(parent, code, arguments);
            }
            String separator = field.startsWith("[") ? "" : ".";
            return new Violation(parent + separator + field, code, arguments);
        }

        @Override
        public String toString() {
            return (field.isEmpty() ? "" : field + " ") + code + (arguments.isEmpty() ? "" : " " + arguments);
        }
    }
}
