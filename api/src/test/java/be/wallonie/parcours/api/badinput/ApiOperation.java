package be.wallonie.parcours.api.badinput;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the OpenAPI document, as the bad-input suite needs it: where it is, which parameters it takes,
 * the example bodies it documents (by media type, then by example name), the statuses it documents, and whether it
 * is public.
 */
record ApiOperation(String method, String path, List<Parameter> parameters, Map<String, Map<String, JsonNode>> bodies,
        Set<Integer> documentedStatuses, boolean isPublic) {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** A query, path or header parameter; {@code enumValues} is empty when the schema has none. */
    record Parameter(String in, String name, String type, String format, List<String> enumValues, boolean required) {
    }

    /** Every operation of the document, in its order. */
    static List<ApiOperation> allOf(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation != null) {
                operations.add(of(document, method.toUpperCase(), path.getKey(), operation, path.getValue()));
            }
        }));
        return operations;
    }

    private static ApiOperation of(JsonNode document, String method, String path, JsonNode operation,
            JsonNode pathItem) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                parameters.add(parameter(document, resolve(document, parameter)));
            }
        }
        Map<String, Map<String, JsonNode>> bodies = new LinkedHashMap<>();
        operation.path("requestBody").path("content").fields().forEachRemaining(content -> {
            Map<String, JsonNode> examples = new LinkedHashMap<>();
            content.getValue().path("examples").fields()
                    .forEachRemaining(example -> examples.put(example.getKey(),
                            resolve(document, example.getValue()).path("value")));
            if (content.getValue().has("example")) {
                examples.put("example", content.getValue().get("example"));
            }
            bodies.put(content.getKey(), examples);
        });
        Set<Integer> statuses = new TreeSet<>();
        for (Iterator<String> codes = operation.path("responses").fieldNames(); codes.hasNext();) {
            String code = codes.next();
            if (code.matches("\\d{3}")) {
                statuses.add(Integer.valueOf(code));
            }
        }
        JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
        boolean isPublic = security.isMissingNode() || security.isEmpty();
        return new ApiOperation(method, path, List.copyOf(parameters), bodies, statuses, isPublic);
    }

    private static Parameter parameter(JsonNode document, JsonNode parameter) {
        JsonNode schema = resolve(document, parameter.path("schema"));
        List<String> enumValues = new ArrayList<>();
        schema.path("enum").forEach(value -> enumValues.add(value.asText()));
        return new Parameter(parameter.path("in").asText(), parameter.path("name").asText(),
                schema.path("type").asText(enumValues.isEmpty() ? "string" : "enum"), schema.path("format").asText(""),
                List.copyOf(enumValues), parameter.path("required").asBoolean(false));
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : resolve(document, document.at(ref.asText().substring(1)));
    }

    /** {@code GET /api/v1/caseFiles/{id}}: how the suite and its report name the operation. */
    String name() {
        return method + " " + path;
    }

    List<Parameter> in(String where) {
        return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
    }

    boolean hasHeader(String header) {
        return in("header").stream().anyMatch(parameter -> parameter.name().equalsIgnoreCase(header));
    }

    boolean isSafe() {
        return method.equals("GET");
    }

    @Override
    public String toString() {
        return name();
    }
}
