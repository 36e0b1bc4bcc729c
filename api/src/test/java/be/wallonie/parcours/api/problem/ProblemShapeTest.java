package be.wallonie.parcours.api.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.wallonie.parcours.api.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ProblemShapeTest {

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:" + type))
                .body("status", equalTo(status))
                .body("title", not(equalTo("")))
                .body("detail", not(equalTo("")))
                .body("$", not(hasKey("stackTrace")))
                .body(not(containsString("Exception")))
                .body(not(containsString("at be.wallonie")));
    }

    @Test
    void badRequestNamesEachFaultyField() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"grantType\":\"client_credentials\"}")
                .post("/api/v1/auth/token").then(), 400, "validation")
                .body("issues.field", allOf(org.hamcrest.Matchers.hasItems("clientId", "clientSecret")))
                .body("instance", equalTo("/api/v1/auth/token"));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"grantType\": ")
                .post("/api/v1/auth/token").then(), 400, "malformed-request");
    }

    @Test
    void unknownFieldIsNamed() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"grantType\":\"password\",\"pasword\":\"x\"}")
                .post("/api/v1/auth/token").then(), 400, "validation")
                .body("issues[0].field", equalTo("pasword"));
    }

    @Test
    void wrongTypeOfValueIsNamed() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"grantType\":[1,2]}")
                .post("/api/v1/auth/token").then(), 400, "validation")
                .body("issues[0].field", equalTo("grantType"));
    }

    @Test
    void unauthenticatedIsAProblem() {
        assertProblem(given().get("/api/v1/me").then(), 401, "unauthenticated");
    }

    @Test
    void forbiddenIsAProblem() {
        assertProblem(Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/communes/62063/criReassignments").then(), 403,
                "forbidden");
    }

    @Test
    void notFoundIsAProblem() {
        assertProblem(given().get("/api/v1/communes/99999").then(), 404, "not-found");
        assertProblem(given().get("/api/v1/no-such-resource").then(), 404, "not-found");
    }

    @Test
    void wrongMethodIsAProblem() {
        assertProblem(given().delete("/api/v1/cris").then(), 405, "method-not-allowed");
    }

    @Test
    void unsupportedBodyFormatIsAProblem() {
        assertProblem(given().contentType(ContentType.XML).body("<token/>").post("/api/v1/auth/token").then(), 415,
                "unsupported-media-type");
    }

    @ParameterizedTest
    @CsvSource({"fr,Introuvable", "nl,Niet gevonden", "de,Nicht gefunden", "en,Not found",
            "'en-GB,en;q=0.9',Not found", "es,Introuvable"})
    void problemSpeaksTheClientsLanguageAndFrenchByDefault(String acceptLanguage, String title) {
        given().header("Accept-Language", acceptLanguage).get("/api/v1/communes/99999")
                .then().statusCode(404)
                .header("Content-Language",
                        startsWith(title.equals("Introuvable") ? "fr" : acceptLanguage.substring(0, 2)))
                .body("title", equalTo(title));
    }

    @Test
    void frenchDetailIsTheDefault() {
        given().get("/api/v1/me").then().statusCode(401)
                .body("detail", equalTo("Un jeton d'accès valide est requis (en-tête Authorization: Bearer)."));
    }
}
