package be.wallonie.parcours.api.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import be.wallonie.parcours.api.problem.ForbiddenCharacterException;
import be.wallonie.parcours.api.security.Tokens;

/**
 * A JSON string holding U+0000 or half of a surrogate pair is refused when the body is read, with a 400 naming the
 * field, wherever the string is: a field, a nested record, a list, a map's key or value. PostgreSQL would refuse the
 * first with a 500.
 */
@QuarkusTest
class JsonStringsTest {

    /** Shapes of request bodies: a record in a record, lists and maps of strings. */
    public record Sample(String name, Nested nested, List<String> tags, Map<String, String> labels) {
    }

    public record Nested(String street) {
    }

    @Inject
    ObjectMapper mapper;

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\ud800", "\\udc00", "a\\ud800b", "\\ud800\\ud800"})
    void aNulOrAnUnpairedSurrogateInAStringFieldIsA400NamingTheField(String bad) {
        given().contentType(ContentType.JSON)
                .body("{\"grantType\":\"password\",\"username\":\"agent" + bad + "\",\"password\":\"x\"}")
                .post("/api/v1/auth/token").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("issues", hasSize(1))
                .body("issues[0].field", equalTo("username"))
                .body("issues[0].message", equalTo(
                        "contient un caractère nul (U+0000) ou une moitié de paire de substitution, qu'aucun texte ne"
                                + " peut contenir"));
    }

    @Test
    void aNulInANestedFieldIsA400NamingItsPathAndRecordsNothing() {
        String body = """
                {"lastName": "Dupont", "firstNames": "Amina", "birthDate": "1990-01-01", "nationality": "MA",
                 "communeNis": "62063", "contact": {"street": "Rue\\u0000 Léopold 12", "postalCode": "4000",
                 "locality": "Liège"}, "preferredLanguage": "fr", "cpasBeneficiary": false, "permits": []}""";
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body(body).post("/api/v1/persons").then()
                .statusCode(400)
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("issues[0].field", equalTo("contact.street"));
    }

    @Test
    void aNulInAFieldOfTheTokenFormIsA400NamingTheFieldToo() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", "agent\u0000").formParam("password", "x")
                .post("/api/v1/auth/token").then().statusCode(400)
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("issues[0].field", equalTo("username"));
    }

    @Test
    void aPairedSurrogateIsAnOrdinaryCharacter() throws Exception {
        Sample sample = mapper.readValue("{\"name\":\"Zoë \\ud83d\\ude00\"}", Sample.class);
        assertThat(sample.name()).isEqualTo("Zoë 😀");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"nested\":{\"street\":\"a\\u0000\"}}|nested.street",
            "{\"tags\":[\"ok\",\"\\u0000\"]}|tags[1]",
            "{\"labels\":{\"k\":\"\\ud800\"}}|labels.k", "{\"labels\":{\"\\u0000\":\"v\"}}|labels"})
    void theCheckReachesRecordsListsAndMaps(String jsonAndPath) {
        String json = jsonAndPath.substring(0, jsonAndPath.indexOf('|'));
        String path = jsonAndPath.substring(jsonAndPath.indexOf('|') + 1);
        assertThatThrownBy(() -> mapper.readValue(json, Sample.class))
                .isInstanceOf(ForbiddenCharacterException.class)
                .satisfies(e -> assertThat(pathOf((JsonMappingException) e)).isEqualTo(path));
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
