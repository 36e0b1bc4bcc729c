package be.wallonie.parcours.domain.shared;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal of the rules that names its reason from a fixed list: its stable code is the family and the reason, such
 * as {@code ENROLMENT_REFUSED.OPERATOR_NOT_RECOGNISED}. Each subclass declares its reasons as a nested enum named
 * {@code Reason}; the facts of the refusal (the state of the file, the axis, the dates) are its
 * {@link #arguments()}.
 */
public abstract class Refusal extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String family;
    private final Enum<?> reason;

    protected Refusal(String family, Enum<?> reason, String message) {
        this(family, reason, message, Map.of());
    }

    protected Refusal(String family, Enum<?> reason, String message, Map<String, ?> arguments) {
        super(message, arguments);
        this.family = Objects.requireNonNull(family, "family");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The reason, one of the subclass's nested {@code Reason} constants. */
    public Enum<?> reason() {
        return reason;
    }

    @Override
    public final String code() {
        return family + "." + reason.name();
    }
}
