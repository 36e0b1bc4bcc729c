package be.wallonie.parcours.api.badinput;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;

import be.wallonie.parcours.api.security.Tokens;

/**
 * The access tokens of the callers, obtained from the token endpoint as {@link Tokens} does, and obtained again
 * before they expire (15 minutes): a benchmark run outlasts a token.
 */
final class Callers {

    private static final long RENEW_AFTER_NANOS = 10L * 60 * 1_000_000_000;

    private record Token(String value, long obtainedAt) {
    }

    private final Map<String, Token> tokens = new HashMap<>();
    private int obtained;

    /** The caller's token; none for an anonymous caller (null). */
    String token(String username) {
        if (username == null) {
            return null;
        }
        Token token = tokens.get(username);
        if (token == null || System.nanoTime() - token.obtainedAt() > RENEW_AFTER_NANOS) {
            token = new Token(given().contentType(ContentType.JSON)
                    .body(Map.of("grantType", "password", "username", username, "password", Tokens.PASSWORD))
                    .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken"),
                    System.nanoTime());
            tokens.put(username, token);
            obtained++;
        }
        return token.value();
    }

    /** How many tokens were obtained: each is a request the suite made besides its bad ones. */
    int obtained() {
        return obtained;
    }
}
