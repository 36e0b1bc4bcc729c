package be.wallonie.parcours.api.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What OpenApiCommonResponses adds to every operation is what the API does (docs/adr/0021): an operation the document
 * declares public ({@code security: []}) answers without a token, every other one answers 401 problem with
 * {@code WWW-Authenticate}; and each of these answers carries the RateLimit headers the document promises.
 */
@QuarkusTest
class OpenApiCommonAnswersTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @Test
    void theOperationsDeclaredPublicAnswerWithoutATokenAndEveryOtherAnswers401() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> wrong = new ArrayList<>();
        int open = 0;
        int secured = 0;
        for (var path = document.get("paths").fields(); path.hasNext();) {
            var entry = path.next();
            for (String method : METHODS) {
                JsonNode operation = entry.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                boolean declaredOpen = operation.path("security").isArray() && operation.path("security").isEmpty();
                String name = method.toUpperCase() + " " + entry.getKey();
                // the media type the operation reads: another one is a 415 whoever asks
                String mediaType = operation.path("requestBody").path("content").fieldNames().hasNext()
                        ? operation.path("requestBody").path("content").fieldNames().next()
                        : "application/json";
                Response answer = given().contentType(mediaType)
                        .body(mediaType.equals("application/json") ? "{}" : "")
                        .request(method, entry.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
                if (declaredOpen) {
                    open++;
                    if (answer.statusCode() == 401) {
                        wrong.add(name + " is declared public but asks for a token");
                    }
                } else {
                    secured++;
                    if (answer.statusCode() != 401 || !"Bearer".equals(answer.header("WWW-Authenticate"))
                            || !answer.contentType().startsWith("application/problem+json")) {
                        wrong.add(name + " is declared secured but answers " + answer.statusCode());
                    }
                    if (!operation.path("responses").has("401")) {
                        wrong.add(name + " does not document its 401");
                    }
                }
                if (answer.statusCode() < 500 && answer.header("RateLimit-Limit") == null) {
                    wrong.add(name + " answers " + answer.statusCode() + " without RateLimit-Limit");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(open).as("public operations").isGreaterThanOrEqualTo(8);
        assertThat(secured).as("secured operations").isGreaterThan(50);
    }
}
