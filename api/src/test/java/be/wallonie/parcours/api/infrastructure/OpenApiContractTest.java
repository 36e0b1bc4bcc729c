package be.wallonie.parcours.api.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served OpenAPI document states the limits of every request (docs/adr/0020-request-bounds.md): each operation has
 * its own camelCase {@code operationId}; every string a client sends, in a JSON body or a parameter, has a
 * {@code maxLength} (or an {@code enum}), every array a {@code maxItems}, every number a minimum and a maximum; binary
 * answers are declared as binary. A day or an instant ({@code format: date}, {@code date-time}) is bounded by its
 * format: Jackson reads nothing else.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final Set<String> FORMATS_OF_FIXED_LENGTH = Set.of("date", "date-time");

    private static JsonNode document;

    /** The served document, read once (the application is up by the first test, not before). */
    @BeforeEach
    void read() throws Exception {
        if (document == null) {
            String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                    .asString();
            document = new ObjectMapper().readTree(json);
        }
    }

    private interface OperationVisitor {
        void visit(String name, JsonNode operation);
    }

    private static void eachOperation(OperationVisitor visitor) {
        document.get("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation != null) {
                visitor.visit(method.toUpperCase() + " " + path.getKey(), operation);
            }
        }));
    }

    @Test
    void everyOperationHasItsOwnCamelCaseOperationId() {
        List<String> faults = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        eachOperation((name, operation) -> {
            String id = operation.path("operationId").asText(null);
            if (id == null || !id.matches("[a-z][a-zA-Z0-9]+")) {
                faults.add(name + ": operationId " + id);
            } else if (!seen.add(id)) {
                faults.add(name + ": operationId " + id + " is not unique");
            }
            ids.add(id);
        });
        assertThat(ids).as("operations").hasSizeGreaterThan(70);
        assertThat(faults).isEmpty();
    }

    @Test
    void everyValueAClientSendsHasItsBound() {
        List<String> unbounded = new ArrayList<>();
        eachOperation((name, operation) -> {
            String id = operation.path("operationId").asText(name);
            operation.path("parameters").forEach(parameter -> check(parameter.path("schema"),
                    id + " " + parameter.path("in").asText() + " " + parameter.path("name").asText(), unbounded,
                    new HashSet<>()));
            operation.path("requestBody").path("content").fields().forEachRemaining(content -> {
                if (content.getKey().equals("application/json")
                        || content.getKey().equals("application/x-www-form-urlencoded")) {
                    check(content.getValue().path("schema"), id + " body", unbounded, new HashSet<>());
                }
            });
        });
        assertThat(unbounded).isEmpty();
    }

    @Test
    void aRequestWithoutItsBoundIsSeen() {
        List<String> unbounded = new ArrayList<>();
        JsonNode bare = new ObjectMapper().createObjectNode().put("type", "string");
        check(bare, "a bare string", unbounded, new HashSet<>());
        check(new ObjectMapper().createObjectNode().put("type", "integer").put("minimum", 1), "a half-bounded integer",
                unbounded, new HashSet<>());
        assertThat(unbounded).hasSize(2);
    }

    @Test
    void pdfAndCsvAnswersAreBinary() {
        List<String> faults = new ArrayList<>();
        List<String> downloads = new ArrayList<>();
        eachOperation((name, operation) -> operation.path("responses").path("200").path("content").fields()
                .forEachRemaining(content -> {
                    if (content.getKey().equals("application/pdf") || content.getKey().startsWith("text/csv")) {
                        downloads.add(name);
                        JsonNode schema = content.getValue().path("schema");
                        if (!schema.path("type").asText().equals("string")
                                || !schema.path("format").asText().equals("binary")) {
                            faults.add(name + " " + content.getKey() + ": " + schema);
                        }
                    }
                }));
        assertThat(downloads).as("the attestation's, the copy's PDF, the attendance CSV and the case files CSV")
                .hasSize(4);
        assertThat(faults).isEmpty();
    }

    /** Walks a schema, following references, and notes each string, array or number without its bound. */
    private static void check(JsonNode schema, String where, List<String> unbounded, Set<String> followed) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!followed.add(ref)) {
                return;
            }
            resolved = merged(schema, document.at(ref.substring(1)));
        }
        for (String combination : List.of("anyOf", "oneOf", "allOf")) {
            resolved.path(combination).forEach(part -> check(part, where, unbounded, followed));
        }
        Set<String> types = new HashSet<>();
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (types.contains("string") && !resolved.has("maxLength") && !resolved.has("enum")
                && !FORMATS_OF_FIXED_LENGTH.contains(resolved.path("format").asText())
                && !resolved.has("anyOf")) {
            unbounded.add(where + ": string without maxLength");
        }
        if (types.contains("array")) {
            if (!resolved.has("maxItems")) {
                unbounded.add(where + ": array without maxItems");
            }
            check(resolved.path("items"), where + "[]", unbounded, followed);
        }
        if (types.contains("object") && resolved.path("additionalProperties").isObject()) {
            if (!resolved.has("maxProperties")) {
                unbounded.add(where + ": map without maxProperties");
            }
            check(resolved.path("additionalProperties"), where + "{}", unbounded, followed);
        }
        if ((types.contains("integer") || types.contains("number"))
                && (!resolved.has("minimum") && !resolved.has("exclusiveMinimum")
                        || !resolved.has("maximum") && !resolved.has("exclusiveMaximum"))) {
            unbounded.add(where + ": number without minimum and maximum");
        }
        resolved.path("properties").fields().forEachRemaining(
                property -> check(property.getValue(), where + "." + property.getKey(), unbounded, followed));
    }

    /** A reference with the keywords written beside it ({@code maxLength} next to {@code $ref}). */
    private static JsonNode merged(JsonNode reference, JsonNode target) {
        var merged = ((com.fasterxml.jackson.databind.node.ObjectNode) target.deepCopy());
        reference.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref")) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }
}
