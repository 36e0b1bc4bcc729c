package be.wallonie.parcours.api.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Password guessing at the token endpoint is slowed down per account: after 5 failed attempts in a minute
 * ({@code parcours.sign-in.failures-per-minute}) the endpoint answers 429 with Retry-After before checking the
 * credentials, even the right ones; other accounts are not affected.
 */
@QuarkusTest
class SignInThrottleTest {

    private static final String PASSWORD = "Un-mot-de-passe-2026";

    @Test
    void afterFiveFailuresAnAccountIsRefusedFor429EvenWithTheRightPassword() {
        String username = "guessed." + UUID.randomUUID().toString().substring(0, 8);
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Compte visé", "role", "REGION_ANALYST",
                        "password", PASSWORD))
                .post("/api/v1/users").then().statusCode(201);
        signIn(username, PASSWORD).then().statusCode(200);

        for (int i = 0; i < 5; i++) {
            signIn(username, "Pas-le-bon-" + i).then().statusCode(401);
        }

        signIn(username, PASSWORD).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        signIn(username.toUpperCase(), PASSWORD).then().statusCode(429);
        signIn("agent.cripel", "Parcours-Demo-2026").then().statusCode(200);
    }

    @Test
    void anApiClientIsThrottledByItsClientIdToo() {
        String clientId = "unknown-client-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            client(clientId, "wrong-" + i).then().statusCode(401);
        }
        client(clientId, "wrong").then().statusCode(429).header("Retry-After", notNullValue());
        client("commune-62063", "commune-62063-demo-secret").then().statusCode(200);
    }

    private static Response signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    private static Response client(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/token");
    }
}
