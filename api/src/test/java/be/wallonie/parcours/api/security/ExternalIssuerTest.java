package be.wallonie.parcours.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/** An external OpenID Connect issuer replaces the built-in one by configuration alone. */
@QuarkusTest
@TestProfile(ExternalIssuerTest.ExternalIssuer.class)
class ExternalIssuerTest {

    static final String ISSUER = "https://idp.wallonie.example/realms/parcours";

    /** As in production: the issuer's name, and its public key (a PEM or a JWKS URL) by location. */
    public static class ExternalIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "parcours.auth.token-endpoint.enabled", "false",
                    "parcours.auth.issuer", ISSUER,
                    "mp.jwt.verify.publickey.location", "external-idp/public.pem");
        }
    }

    @Test
    void tokenOfTheExternalIssuerIsAccepted() {
        String token = Jwt.issuer(ISSUER).audience("parcours-api").upn("agent.cripel").groups("CRI_AGENT")
                .claim("cri", "CRIPEL").expiresIn(300).sign("external-idp/private.pem");
        given().auth().oauth2(token).get("/api/v1/me")
                .then().statusCode(200)
                .body("role", equalTo("CRI_AGENT"))
                .body("cri", equalTo("CRIPEL"));
    }

    @Test
    void tokenOfTheExternalIssuerWithoutTheAudienceIsRefused() {
        String token = Jwt.issuer(ISSUER).upn("agent.cripel").groups("CRI_AGENT").claim("cri", "CRIPEL")
                .expiresIn(300).sign("external-idp/private.pem");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tokenOfTheBuiltInIssuerIsNoLongerAccepted() {
        String token = Jwt.issuer("https://parcours.wallonie.be").audience("parcours-api").upn("agent.cripel")
                .groups("CRI_AGENT")
                .claim("cri", "CRIPEL").expiresIn(300).sign("external-idp/private.pem");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void builtInTokenEndpointIsOff() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", "agent.cripel", "password", Tokens.PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
