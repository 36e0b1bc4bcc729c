package be.wallonie.parcours.api.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States each operation's body limit in the OpenAPI document, from the same {@link BodyLimit} annotations that
 * {@link BodyLimits} enforces: every operation with a request body gets {@code x-max-body-size} (in bytes) and a 413
 * {@code content-too-large} answer. Runs at build, when the document is written to {@code docs/openapi}; an annotated
 * method that the document does not hold fails the build.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BodyLimitsDocumented implements OASFilter {

    static final String EXTENSION = "x-max-body-size";
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName LIMIT = DotName.createSimple(BodyLimit.class.getName());

    /** "POST /auth/token" (the path below the REST root) → its limit. */
    private final Map<String, Long> limits = new HashMap<>();

    public BodyLimitsDocumented(IndexView index) {
        for (AnnotationInstance limit : index.getAnnotations(LIMIT)) {
            if (limit.target().kind() == AnnotationTarget.Kind.METHOD) {
                MethodInfo method = limit.target().asMethod();
                limits.put(verbOf(method) + " " + pathOf(method), limit.value().asLong());
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Long> undocumented = new HashMap<>(limits);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
            if (operation.getRequestBody() != null) {
                long limit = limitOf(verb, path, undocumented);
                document(operation, limit);
            }
        }));
        if (!undocumented.isEmpty()) {
            throw new IllegalStateException("@BodyLimit on operations the OpenAPI document does not hold (or without a"
                    + " request body): " + undocumented.keySet());
        }
    }

    private long limitOf(PathItem.HttpMethod verb, String path, Map<String, Long> undocumented) {
        List<String> matches = new ArrayList<>();
        for (String key : limits.keySet()) {
            String keyVerb = key.substring(0, key.indexOf(' '));
            String keyPath = key.substring(key.indexOf(' ') + 1);
            if (keyVerb.equals(verb.name()) && path.endsWith(keyPath)) {
                matches.add(key);
            }
        }
        if (matches.isEmpty()) {
            return BodyLimit.DEFAULT;
        }
        // the longest path below the root is the operation's own
        String match = matches.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        undocumented.remove(match);
        return limits.get(match);
    }

    private static void document(Operation operation, long limit) {
        operation.addExtension(EXTENSION, limit);
        String sentence = "The body is larger than " + limit + " bytes (`urn:parcours:problem:content-too-large`).";
        APIResponse existing = operation.getResponses().getAPIResponse("413");
        if (existing != null) {
            existing.setDescription(existing.getDescription() + ". Or: " + sentence);
            return;
        }
        operation.getResponses().addAPIResponse("413", OASFactory.createAPIResponse()
                .description(sentence)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }

    private static String verbOf(MethodInfo method) {
        for (String verb : List.of("POST", "PUT", "PATCH", "DELETE", "GET")) {
            if (method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + verb))) {
                return verb;
            }
        }
        throw new IllegalStateException("@BodyLimit on " + method + ", which is no HTTP operation");
    }

    /** The JAX-RS path of a resource method, its parameters' patterns left out: {@code /operators/{code}/…}. */
    private static String pathOf(MethodInfo method) {
        ClassInfo resource = method.declaringClass();
        String path = value(resource.declaredAnnotation(PATH)) + "/" + value(method.declaredAnnotation(PATH));
        String normalised = ("/" + path).replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return normalised.length() > 1 && normalised.endsWith("/")
                ? normalised.substring(0, normalised.length() - 1)
                : normalised;
    }

    private static String value(AnnotationInstance path) {
        return path == null ? "" : path.value().asString();
    }
}
