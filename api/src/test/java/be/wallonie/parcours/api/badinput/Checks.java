package be.wallonie.parcours.api.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.wallonie.parcours.api.badinput.BadRequest.HttpCall;
import be.wallonie.parcours.api.badinput.Sender.Answer;

/**
 * What every answer to a bad request must be: never a 5xx; a 4xx is {@code application/problem+json} with a
 * {@code type}; no body names a class ({@code java.}, {@code jakarta.}, {@code org.hibernate}, {@code Exception}),
 * shows SQL ({@code SELECT}, {@code INSERT}, {@code ERROR:  }, {@code violates}) or a stack; a refused request changes
 * no row; and, when {@code documentedStatuses} is on, the status is one the operation documents.
 */
final class Checks {

    /** One rule an answer broke: which ({@code 5xx}, {@code not-a-problem}, ...) and what was seen. */
    record Violation(String check, String seen) {
    }

    static final List<String> LEAKS = List.of("java.", "jakarta.", "javax.", "org.hibernate", "org.postgresql",
            "io.quarkus", "io.vertx", "org.jboss", "com.fasterxml", "be.wallonie.parcours", "Exception", "SELECT ",
            "INSERT ", "UPDATE ", "DELETE FROM", "ERROR:  ", "violates", "\tat ", "SQLState", "\"stack\"",
            "stackTrace");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean documentedStatuses;
    private final List<String> alwaysSent;

    Checks(boolean documentedStatuses) {
        this.documentedStatuses = documentedStatuses;
        this.alwaysSent = Mutations.INJECTIONS;
    }

    List<Violation> of(ApiOperation operation, HttpCall call, Answer answer, Set<String> changedTables) {
        List<Violation> violations = new ArrayList<>();
        int status = answer.status();
        if (status == 0) {
            violations.add(new Violation("no-answer", answer.failure()));
            return violations;
        }
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            violations.add(new Violation("5xx", status + " " + Mutation.abbreviate(body)));
        }
        if (status >= 400) {
            problem(status, answer, body, violations);
        }
        if (isText(answer.contentType())) {
            leak(call, body, violations);
        }
        if (answer.refused() && !changedTables.isEmpty()) {
            violations.add(new Violation("changed-on-refusal", status + ", tables " + changedTables));
        }
        if (documentedStatuses && !operation.documentedStatuses().contains(status)
                && !(leavesTheRoute(operation, call) && (status == 404 || status == 405))) {
            violations.add(new Violation("undocumented-status", status + " not in " + operation.documentedStatuses()));
        }
        return violations;
    }

    /**
     * Whether the path sent names another route than the operation's: a segment empty, {@code .} or {@code ..} (also
     * percent-encoded, {@code %2E}, which the router decodes before it normalises the path), or another count of
     * segments ({@code /caseFiles//enrolments} is read as {@code /caseFiles/enrolments}). The router answers that
     * path, 404 or 405, before any operation: those statuses are not the operation's to document.
     */
    static boolean leavesTheRoute(ApiOperation operation, HttpCall call) {
        String sent = call.target().split("\\?", 2)[0];
        String[] segments = sent.split("/", -1);
        return segments.length != operation.path().split("/", -1).length || java.util.Arrays.stream(segments)
                .skip(1).map(segment -> segment.replaceAll("(?i)%2e", ".")).anyMatch(segment -> segment.isEmpty()
                        || segment.equals(".") || segment.equals(".."));
    }

    private static void problem(int status, Answer answer, String body, List<Violation> violations) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            violations.add(new Violation("not-a-problem", status + " " + (answer.contentType().isEmpty()
                    ? "without a content type"
                    : answer.contentType()) + ": " + Mutation.abbreviate(JsonText.string(body))));
            return;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem == null || !problem.path("type").isTextual() || problem.path("type").asText().isBlank()) {
                violations.add(new Violation("problem-without-type", status + " " + Mutation.abbreviate(body)));
            }
        } catch (JsonProcessingException e) {
            violations.add(new Violation("problem-without-type", status + " unreadable: " + Mutation.abbreviate(body)));
        }
    }

    /**
     * A leak is a class, SQL or stack text in the body that is not part of a string the client sent (or of the suite's
     * injection strings, which come back in later answers once a request that carried them was accepted). Only the
     * strings that contain the text found are looked for in the body: a request may carry 60,000 strings.
     */
    private void leak(HttpCall call, String body, List<Violation> violations) {
        for (String leak : LEAKS) {
            int at = body.indexOf(leak);
            if (at < 0) {
                continue;
            }
            List<int[]> allowed = new ArrayList<>();
            for (List<String> texts : List.of(call.sentTexts(), alwaysSent)) {
                for (String text : texts) {
                    if (text.contains(leak)) {
                        for (String form : List.of(text, escaped(text))) {
                            for (int i = body.indexOf(form); i >= 0; i = body.indexOf(form, i + 1)) {
                                allowed.add(new int[]{i, i + form.length()});
                            }
                        }
                    }
                }
            }
            for (; at >= 0; at = body.indexOf(leak, at + 1)) {
                int start = at;
                if (allowed.stream().noneMatch(range -> range[0] <= start && start + leak.length() <= range[1])) {
                    violations.add(new Violation("leak", "\"" + leak + "\" in …" + Mutation.abbreviate(JsonText.string(
                            body.substring(Math.max(0, at - 60), Math.min(body.length(), at + 60)))) + "…"));
                    return;
                }
            }
        }
    }

    /** The text as Jackson writes it inside a JSON string. */
    private static String escaped(String text) {
        try {
            String json = JSON.writeValueAsString(text);
            return json.substring(1, json.length() - 1);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static boolean isText(String contentType) {
        return contentType.contains("json") || contentType.startsWith("text/") || contentType.isEmpty();
    }
}
