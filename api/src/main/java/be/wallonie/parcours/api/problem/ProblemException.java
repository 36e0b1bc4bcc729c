package be.wallonie.parcours.api.problem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Thrown by the API layer to answer a problem. The detail is a message key of {@code i18n/messages*.properties} with
 * its arguments, so that it is translated for the client's language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] arguments;
    private transient Map<String, ?> namedArguments;
    private final transient List<FieldIssue> issues;
    private final UUID existingPersonId;
    private final transient List<UUID> candidates;
    private final String code;

    /** An issue whose message is a key of the message bundle, with its arguments. */
    public record FieldIssue(String field, String messageKey, Object... arguments) {
    }

    public ProblemException(ProblemType type, String detailKey, Object... arguments) {
        this(type, List.of(), detailKey, arguments);
    }

    public ProblemException(ProblemType type, List<FieldIssue> issues, String detailKey, Object... arguments) {
        this(type, issues, null, List.of(), detailKey, arguments);
    }

    private ProblemException(ProblemType type, List<FieldIssue> issues, UUID existingPersonId, List<UUID> candidates,
            String detailKey, Object[] arguments) {
        this(type, issues, existingPersonId, candidates, null, detailKey, arguments);
    }

    private ProblemException(ProblemType type, List<FieldIssue> issues, UUID existingPersonId, List<UUID> candidates,
            String code, String detailKey, Object[] arguments) {
        super(type.urn() + " " + detailKey);
        this.type = type;
        this.detailKey = detailKey;
        this.arguments = arguments;
        this.issues = List.copyOf(issues);
        this.existingPersonId = existingPersonId;
        this.candidates = List.copyOf(candidates);
        this.code = code;
    }

    /**
     * A 409 {@code conflict}: the record exists, but the rules refuse the step in its current state. The body carries
     * the stable {@code code}; its detail is the message {@code refusal.<code>}.
     */
    public static ProblemException refused(String code) {
        return refused(code, Map.of());
    }

    /** A refusal whose text {@code refusal.<code>} names its arguments ({@code {cri}}), as the domain's refusals do. */
    public static ProblemException refused(String code, Map<String, ?> namedArguments) {
        ProblemException refusal = new ProblemException(ProblemType.CONFLICT, List.of(), null, List.of(), code,
                "refusal." + code, new Object[0]);
        refusal.namedArguments = Map.copyOf(namedArguments);
        return refusal;
    }

    /** A 409 {@code conflict} about one field of the request: a code or a name that another record holds already. */
    public static ProblemException refused(String code, FieldIssue issue) {
        return new ProblemException(ProblemType.CONFLICT, List.of(issue), null, List.of(), code, "refusal." + code,
                new Object[0]);
    }

    /**
     * A 409: the national number is already registered. {@code existingPersonId} is given only when the caller's CRI
     * sees that person; otherwise {@code null}, so that another CRI's record never leaks.
     */
    public static ProblemException duplicatePerson(UUID existingPersonId) {
        return new ProblemException(ProblemType.DUPLICATE_PERSON, List.of(), existingPersonId, List.of(),
                existingPersonId == null ? "person.duplicate-elsewhere" : "person.duplicate", new Object[0]);
    }

    /** A 409: persons the caller's CRI sees look like this one; the client confirms to register anyway. */
    public static ProblemException likelyDuplicate(List<UUID> candidates) {
        return new ProblemException(ProblemType.LIKELY_DUPLICATE, List.of(), null, candidates,
                "person.likely-duplicate", new Object[]{candidates.size()});
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

    /** The named arguments of a refusal's text, or {@code null} when its arguments are positional. */
    public Map<String, ?> namedArguments() {
        return namedArguments;
    }

    public Object[] arguments() {
        return arguments;
    }

    public List<FieldIssue> issues() {
        return issues;
    }

    public UUID existingPersonId() {
        return existingPersonId;
    }

    public List<UUID> candidates() {
        return candidates;
    }

    /** The stable code of a refusal ({@link #refused}), or {@code null}. */
    public String code() {
        return code;
    }
}
