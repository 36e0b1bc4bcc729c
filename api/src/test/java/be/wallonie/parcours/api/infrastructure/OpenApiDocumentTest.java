package be.wallonie.parcours.api.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document describes every endpoint: a summary for each operation, an example for each request body,
 * and no reference to a component that does not exist.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private JsonNode document() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void everyOperationHasASummaryAndEveryRequestBodyAnExample() throws Exception {
        List<String> missing = new ArrayList<>();
        document().get("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = path.getValue().get(method);
            if (operation == null) {
                return;
            }
            String name = method.toUpperCase() + " " + path.getKey();
            if (!operation.hasNonNull("summary")) {
                missing.add(name + ": summary");
            }
            JsonNode json = operation.path("requestBody").path("content").path("application/json");
            if (!json.isMissingNode() && !json.has("examples") && !json.has("example")) {
                missing.add(name + ": request example");
            }
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyReferenceResolves() throws Exception {
        JsonNode document = document();
        List<String> dangling = new ArrayList<>();
        collectReferences(document, dangling, document);
        assertThat(dangling).isEmpty();
        assertThat(document.path("components").path("responses").fieldNames()).toIterable()
                .contains("NotFound", "Refused", "Invalid", "Stale", "VersionRequired", "Forbidden");
    }

    private static void collectReferences(JsonNode node, List<String> dangling, JsonNode document) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                String pointer = ref.asText().substring(1);
                if (document.at(pointer).isMissingNode()) {
                    dangling.add(ref.asText());
                }
            }
            node.elements().forEachRemaining(child -> collectReferences(child, dangling, document));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectReferences(child, dangling, document));
        }
    }

}
