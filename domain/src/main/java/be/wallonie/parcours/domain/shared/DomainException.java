package be.wallonie.parcours.domain.shared;

import java.util.Map;

/**
 * A request that the rules of the programme refuse in the current state of the records: an illegal transition of a
 * case file, an enrolment with an operator that is not recognised, a second registration of the same person. Each
 * subclass names its refusals with a stable {@link #code()}, so that an adapter maps every refusal once to its problem
 * type, and keeps the facts that explain it as named, typed {@link #arguments()} (states, axes, hours, dates), so that
 * an adapter explains it in the reader's language. The message is English, for the logs only: no client reads it. It
 * never repeats a personal value.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> arguments;

    protected DomainException(String message) {
        this(message, Map.of());
    }

    protected DomainException(String message, Map<String, ?> arguments) {
        super(message);
        this.arguments = Arguments.of(arguments);
    }

    /** The stable code of the refusal, such as {@code ENROLMENT_REFUSED.OPERATOR_NOT_RECOGNISED}. */
    public abstract String code();

    /**
     * The code of the explanation: the {@link #code()} itself, or a finer one when one code covers several reasons
     * (an illegal transition explains why: {@code CASE_FILE_ILLEGAL_TRANSITION.NOT_SUSPENDED}).
     */
    public String explanationCode() {
        return code();
    }

    /**
     * The facts that explain the refusal, by name, sorted: enum constants, dates, numbers, codes, or collections of
     * them. Empty when the code says it all. Never a personal value.
     */
    public Map<String, Object> arguments() {
        return arguments == null ? Map.of() : arguments;
    }
}
