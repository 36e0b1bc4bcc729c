package be.wallonie.parcours.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class AuthenticationTest {

    private static final String ISSUER = "https://parcours.wallonie.be";

    @Test
    void staffSignInReturnsAnRs256TokenCarryingRoleAndTenant() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", "agent.cripel", "password", Tokens.PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .extract().path("accessToken");

        given().auth().oauth2(token).get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("agent.cripel"))
                .body("role", equalTo("CRI_AGENT"))
                .body("cri", equalTo("CRIPEL"))
                .body("operator", nullValue())
                .body("nis", nullValue());
    }

    @Test
    void communeClientSignsInWithClientCredentialsAsAnOAuthForm() {
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "commune-62063")
                .formParam("client_secret", "commune-62063-demo-secret")
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken");

        given().auth().oauth2(token).get("/api/v1/me")
                .then().statusCode(200)
                .body("role", equalTo("COMMUNE_CLIENT"))
                .body("nis", equalTo("62063"))
                .body("cri", nullValue());
    }

    @Test
    void eachRoleCarriesItsOwnTenant() {
        Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("OPERATOR_TRAINER")).body("operator", equalTo("ILI-LIEGE"));
        Tokens.as(Tokens.CPAS_LIEGE).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("CPAS_CLIENT")).body("nis", equalTo("62063"));
        Tokens.as(Tokens.ADMIN).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("ADMINISTRATOR")).body("cri", nullValue());
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", "agent.cripel", "password", "wrong"))
                .post("/api/v1/auth/token")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:invalid-credentials"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", "nobody", "password", "wrong"))
                .post("/api/v1/auth/token")
                .then().statusCode(401)
                .body("type", equalTo("urn:parcours:problem:invalid-credentials"));
    }

    @Test
    void wrongClientSecretIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "client_credentials", "clientId", "commune-62063", "clientSecret", "x"))
                .post("/api/v1/auth/token")
                .then().statusCode(401)
                .body("type", equalTo("urn:parcours:problem:invalid-credentials"));
    }

    @Test
    void missingCredentialsAreNamedFieldByField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password"))
                .post("/api/v1/auth/token")
                .then().statusCode(400)
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("issues.field", hasItems("username", "password"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "implicit"))
                .post("/api/v1/auth/token")
                .then().statusCode(400)
                .body("issues[0].field", equalTo("grantType"));
    }

    @Test
    void requestWithoutTokenIsUnauthenticated() {
        given().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:parcours:problem:unauthenticated"));
    }

    @Test
    void expiredTokenIsRejected() {
        String expired = Jwt.issuer(ISSUER).upn("agent.cripel").groups("CRI_AGENT").claim("cri", "CRIPEL")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
        given().auth().oauth2(expired).get("/api/v1/me")
                .then().statusCode(401).body("type", equalTo("urn:parcours:problem:unauthenticated"));
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(ISSUER).upn("admin").groups("ADMINISTRATOR").expiresIn(600)
                .sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).get("/api/v1/me")
                .then().statusCode(401).body("type", equalTo("urn:parcours:problem:unauthenticated"));
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        String foreign = Jwt.issuer("https://elsewhere.example").upn("agent.cripel").groups("CRI_AGENT")
                .claim("cri", "CRIPEL").expiresIn(600).sign();
        given().auth().oauth2(foreign).get("/api/v1/me")
                .then().statusCode(401).body("type", equalTo("urn:parcours:problem:unauthenticated"));
    }

    @Test
    void malformedTokenIsRejected() {
        given().auth().oauth2("not-a-jwt").get("/api/v1/me")
                .then().statusCode(401).body("type", equalTo("urn:parcours:problem:unauthenticated"));
    }

    @Test
    void roleWithoutTheRightIsForbidden() {
        Tokens.as(Tokens.AGENT_CRIPEL)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("cri", "CIMB", "reason", "test"))
                .put("/api/v1/communes/51067/cri")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:forbidden"));
    }

    @Test
    void tokenWithARoleParcoursDoesNotKnowIsForbidden() {
        var real = TokenRevocationTest.claims(Tokens.of(Tokens.AGENT_CRIPEL));
        String stranger = Jwt.issuer(ISSUER).upn("someone").subject((String) real.get("sub")).groups("GUEST")
                .audience("parcours-api").claim("tv", ((Number) real.get("tv")).longValue()).expiresIn(600).sign();
        given().auth().oauth2(stranger).get("/api/v1/me")
                .then().statusCode(403);
    }

    @Test
    void accessTokenLivesFifteenMinutes() {
        Tokens.as(Tokens.ANALYST).get("/api/v1/me").then().statusCode(200)
                .body("displayName", containsString("Gilson"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", "analyste.region", "password", Tokens.PASSWORD))
                .post("/api/v1/auth/token")
                .then().body("expiresIn", greaterThan(0)).body("expiresIn", equalTo(15 * 60));
    }
}
