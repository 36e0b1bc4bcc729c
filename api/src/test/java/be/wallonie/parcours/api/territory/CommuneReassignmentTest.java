package be.wallonie.parcours.api.territory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An administrator moves an uncertain commune to another CRI; the change is versioned and kept in its history. */
@QuarkusTest
class CommuneReassignmentTest {

    private static String etagOf(String nis) {
        return Tokens.as(Tokens.ADMIN).get("/api/v1/communes/" + nis).then().statusCode(200).extract().header("ETag");
    }

    private static io.restassured.response.Response reassign(String nis, String ifMatch, Object body) {
        var request = Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/communes/" + nis + "/cri");
    }

    @Test
    void administratorReassignsACommuneAndTheHistoryKeepsIt() {
        String etag = etagOf("51068"); // Silly: CeRAIC, or CIMB after the 2019 arrondissement reform
        reassign("51068", etag, Map.of("cri", "CIMB", "reason", "Arrondissement d'Ath depuis 2019"))
                .then().statusCode(200)
                .body("cri.code", equalTo("CIMB"))
                .header("ETag", org.hamcrest.Matchers.not(equalTo(etag)));

        Tokens.as(Tokens.ADMIN).get("/api/v1/communes/51068/criReassignments")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].fromCri", equalTo("CERAIC"))
                .body("[0].toCri", equalTo("CIMB"))
                .body("[0].decidedBy", equalTo("admin"))
                .body("[0].reason", equalTo("Arrondissement d'Ath depuis 2019"));
        io.restassured.RestAssured.given().queryParam("postalCode", "7830").get("/api/v1/communes")
                .then().body("items[0].cri.code", equalTo("CIMB"));
    }

    @Test
    void staleVersionIsRefusedAndChangesNothing() {
        String etag = etagOf("51069"); // Lessines
        reassign("51069", etag, Map.of("cri", "CIMB", "reason", "first")).then().statusCode(200);
        reassign("51069", etag, Map.of("cri", "CERAIC", "reason", "second, from a stale read"))
                .then().statusCode(412)
                .body("type", equalTo("urn:parcours:problem:precondition-failed"));
        Tokens.as(Tokens.ADMIN).get("/api/v1/communes/51069").then().body("cri.code", equalTo("CIMB"));
        Tokens.as(Tokens.ADMIN).get("/api/v1/communes/51069/criReassignments").then().body("$", hasSize(1));
    }

    @Test
    void reassignmentWithoutIfMatchIsRefused() {
        reassign("52010", null, Map.of("cri", "CERAIC", "reason", "x"))
                .then().statusCode(428)
                .body("type", equalTo("urn:parcours:problem:precondition-required"));
        Tokens.as(Tokens.ADMIN).get("/api/v1/communes/52010").then().body("cri.code", equalTo("CRIC"));
    }

    @Test
    void reassignmentNeedsAReasonAndAKnownCri() {
        String etag = etagOf("56001");
        reassign("56001", etag, Map.of("cri", "CERAIC", "reason", " "))
                .then().statusCode(400).body("issues[0].field", equalTo("reason"));
        reassign("56001", etag, Map.of("cri", "NOPE", "reason", "x"))
                .then().statusCode(400).body("issues[0].field", equalTo("cri"));
        reassign("56001", etag, "{\"reason\":\"x\"}")
                .then().statusCode(400).body("issues[0].field", equalTo("cri"));
        Tokens.as(Tokens.ADMIN).get("/api/v1/communes/56001/criReassignments").then().body("$", hasSize(0));
    }

    @Test
    void germanSpeakingCommuneCannotBeGivenACri() {
        reassign("63012", etagOf("63012"), Map.of("cri", "CRVI", "reason", "x"))
                .then().statusCode(409).body("type", equalTo("urn:parcours:problem:conflict"));
    }

    @Test
    void reassigningToTheSameCriIsAConflict() {
        reassign("62063", etagOf("62063"), Map.of("cri", "CRIPEL", "reason", "x")).then().statusCode(409);
    }

    @Test
    void onlyAnAdministratorReassigns() {
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).contentType(ContentType.JSON).header("If-Match", etagOf("62063"))
                .body(Map.of("cri", "CRVI", "reason", "x")).put("/api/v1/communes/62063/cri")
                .then().statusCode(403);
        io.restassured.RestAssured.given().contentType(ContentType.JSON).header("If-Match", etagOf("62063"))
                .body(Map.of("cri", "CRVI", "reason", "x")).put("/api/v1/communes/62063/cri")
                .then().statusCode(401);
    }

    @Test
    void administratorCompletesACrisContactDetails() {
        String etag = Tokens.as(Tokens.ADMIN).get("/api/v1/cris/CRVI").then().statusCode(200).extract().header("ETag");
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Centre Régional de Verviers pour l'Intégration", "seat", "Verviers",
                        "phone", "087 35 35 20"))
                .put("/api/v1/cris/CRVI")
                .then().statusCode(200).body("phone", equalTo("087 35 35 20"));
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "x", "seat", "y")).put("/api/v1/cris/CRVI")
                .then().statusCode(412);
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("seat", "y")).put("/api/v1/cris/CRVI")
                .then().statusCode(400).body("issues[0].field", equalTo("name"));
    }
}
