package be.wallonie.parcours.api.problem;

import java.util.List;

/**
 * Thrown by the API layer to answer a problem. The detail is a message key of {@code i18n/messages*.properties} with
 * its arguments, so that it is translated for the client's language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] arguments;
    private final transient List<FieldIssue> issues;

    /** An issue whose message is a key of the message bundle, with its arguments. */
    public record FieldIssue(String field, String messageKey, Object... arguments) {
    }

    public ProblemException(ProblemType type, String detailKey, Object... arguments) {
        this(type, List.of(), detailKey, arguments);
    }

    public ProblemException(ProblemType type, List<FieldIssue> issues, String detailKey, Object... arguments) {
        super(type.urn() + " " + detailKey);
        this.type = type;
        this.detailKey = detailKey;
        this.arguments = arguments;
        this.issues = List.copyOf(issues);
    }

    /** A 400 naming the faulty fields. */
    public static ProblemException invalid(FieldIssue... issues) {
        return new ProblemException(ProblemType.VALIDATION, List.of(issues), null);
    }

    /** A 404: the record does not exist, or belongs to another tenant (never say which). */
    public static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, null);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    public List<FieldIssue> issues() {
        return issues;
    }
}
