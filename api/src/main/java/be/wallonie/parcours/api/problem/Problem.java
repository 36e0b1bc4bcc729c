package be.wallonie.parcours.api.problem;

import be.wallonie.parcours.api.attendance.ImportReport;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: the body of every 4xx and 5xx answer, as {@code application/problem+json}.
 *
 * @param type stable URN of the kind of problem, e.g. {@code urn:parcours:problem:validation}
 * @param title short, localised summary of the kind of problem
 * @param status the HTTP status
 * @param detail localised explanation of this occurrence
 * @param instance the request path
 * @param issues one entry per faulty field or input
 * @param existingPersonId extension of {@code duplicate-person}: the person already registered, if visible
 * @param existingPerson extension of {@code duplicate-person}: the link to that person
 * @param candidates extension of {@code likely-duplicate}: the persons who look alike, if visible
 * @param code extension of {@code conflict} and {@code illegal-transition}: the stable code of the rule that refused
 *            the request, such as {@code ENROLMENT_REFUSED.OPERATOR_NOT_RECOGNISED}
 * @param errors extension of {@code import-rejected}: the errors of each line of the file refused
 * @param parameters extension of {@code conflict} and {@code illegal-transition}: the facts of the refusal by name, as
 *            its {@code detail} states them for a person (states, axes, hours, dates, codes), such as
 *            {@code {"state": "RECEPTION", "allowedStates": ["OPENED"]}}
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(maxLength = 100, pattern = "^urn:parcours:problem:[a-z-]+$", example = "urn:parcours:problem:validation") String type,
        @Schema(maxLength = MAX_TEXT, example = "Requête invalide") String title,
        @Schema(minimum = "400", maximum = "599", example = "400") int status,
        @Schema(maxLength = MAX_DETAIL, example = "La requête contient 1 erreur.") String detail,
        @Schema(maxLength = MAX_PATH, example = "/api/v1/auth/token") String instance,
        @Schema(maxItems = MAX_ISSUES, description = "At most " + MAX_ISSUES + " issues are told") List<Issue> issues,
        @Schema(description = "duplicate-person only: the person already registered with this national number, when your CRI sees it", nullable = true, example = "0b8f3c1e-4a5d-4c1f-9a51-2f0c6d7e8a90") UUID existingPersonId,
        @Schema(description = "duplicate-person only: the link to that person", nullable = true, maxLength = MAX_TEXT, example = "/api/v1/persons/0b8f3c1e-4a5d-4c1f-9a51-2f0c6d7e8a90") String existingPerson,
        @Schema(description = "likely-duplicate only: the persons your CRI sees who look like this one", nullable = true, maxItems = MAX_ISSUES) List<UUID> candidates,
        @Schema(description = "conflict and illegal-transition only: the stable code of the rule that refused the request", nullable = true, maxLength = MAX_TEXT, example = "ENROLMENT_REFUSED.OPERATOR_NOT_RECOGNISED") String code,
        @Schema(description = "import-rejected only: the errors of each line of the file, nothing of which was recorded", nullable = true, maxItems = ImportReport.MAX_ERRORS) List<ImportReport.LineError> errors,
        @Schema(description = "conflict and illegal-transition only: the facts of the refusal by name, as the detail states them for a person: case-file states, axes and other enum constants by name, dates in ISO 8601, hours and counts as numbers, CRI and operator codes; lists as arrays. Which names a code has is documented in docs/rules.md", nullable = true, example = "{\"from\": \"RECEPTION\", \"to\": \"RECEPTION\", \"nextSteps\": [\"CONVENTION_SIGNED\", \"SUSPENDED\", \"TRANSFERRED\", \"CLOSED\"]}") Map<String, Object> parameters) {

    /** The bounds the document states (docs/adr/0021): longer texts and lists are cut to them. */
    public static final int MAX_TEXT = 200;
    public static final int MAX_DETAIL = 2000;
    /** A request line is at most 4,096 bytes (the HTTP server's limit), so is its path. */
    public static final int MAX_PATH = 4096;
    public static final int MAX_ISSUES = 500;

    public Problem {
        detail = cut(detail, MAX_DETAIL);
        instance = cut(instance, MAX_PATH);
        issues = issues == null || issues.size() <= MAX_ISSUES ? issues : List.copyOf(issues.subList(0, MAX_ISSUES));
        candidates = candidates == null || candidates.size() <= MAX_ISSUES
                ? candidates
                : List.copyOf(candidates.subList(0, MAX_ISSUES));
    }

    public Problem(String type, String title, int status, String detail, String instance, List<Issue> issues) {
        this(type, title, status, detail, instance, issues, null, null, null, null, null, null);
    }

    public Problem(String type, String title, int status, String detail, String instance, List<Issue> issues,
            UUID existingPersonId, String existingPerson, List<UUID> candidates, String code) {
        this(type, title, status, detail, instance, issues, existingPersonId, existingPerson, candidates, code, null);
    }

    public Problem(String type, String title, int status, String detail, String instance, List<Issue> issues,
            UUID existingPersonId, String existingPerson, List<UUID> candidates, String code,
            List<ImportReport.LineError> errors) {
        this(type, title, status, detail, instance, issues, existingPersonId, existingPerson, candidates, code, errors,
                null);
    }

    /** One faulty input. */
    @Schema(name = "ProblemIssue")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Issue(
            @Schema(maxLength = MAX_FIELD, description = "the field's path in the request body, or the parameter's name", example = "permit.orderDate") String field,
            @Schema(maxLength = MAX_MESSAGE, example = "doit être une date au format AAAA-MM-JJ") String message) {

        /** A field's path can repeat a name the client sent: cut, like the message, to the bound the document states. */
        public static final int MAX_FIELD = 300;
        public static final int MAX_MESSAGE = 1000;

        public Issue {
            field = cut(field, MAX_FIELD);
            message = cut(message, MAX_MESSAGE);
        }
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }
}
