package be.wallonie.parcours.api.obligation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Only CRI agents and supervisors check an obligation. */
@QuarkusTest
class ObligationCheckAccessTest {

    private static final String FACTS = """
            {"asOf": "2023-06-01", "birthDate": "1993-05-02", "nationality": "MA", "communeNis": "62063",
             "permit": {"type": "WORK", "orderDate": "2023-03-10"}}""";

    @ParameterizedTest(name = "{0} may check")
    @ValueSource(strings = {Tokens.AGENT_CRIPEL, Tokens.SUPERVISOR_CRIPEL, Tokens.AGENT_CAI})
    void criStaffMayCheck(String user) {
        Tokens.as(user).contentType(ContentType.JSON).body(FACTS).post("/api/v1/obligationChecks")
                .then().statusCode(200).body("status", equalTo("OBLIGED"));
    }

    @Test
    void withoutTokenIsUnauthenticated() {
        given().contentType(ContentType.JSON).body(FACTS).post("/api/v1/obligationChecks")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:parcours:problem:unauthenticated"));
    }

    @ParameterizedTest(name = "{0} may not check")
    @ValueSource(strings = {Tokens.TRAINER_ILI, Tokens.COMMUNE_LIEGE, Tokens.CPAS_LIEGE, Tokens.ANALYST,
            Tokens.ADMIN})
    void otherRolesAreForbidden(String user) {
        Tokens.as(user).contentType(ContentType.JSON).body(FACTS).post("/api/v1/obligationChecks")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:forbidden"));
    }

    @Test
    void badInputFromAForbiddenRoleIsStillForbidden() {
        Tokens.as(Tokens.TRAINER_ILI).contentType(ContentType.JSON).body("{}").post("/api/v1/obligationChecks")
                .then().statusCode(403);
    }
}
