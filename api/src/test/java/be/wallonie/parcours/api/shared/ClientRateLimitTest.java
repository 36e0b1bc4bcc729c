package be.wallonie.parcours.api.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every client has a limit a minute (per principal when signed in, per address otherwise), past which it gets a 429
 * problem with Retry-After; every answer, 2xx and 4xx, tells what is left in RateLimit-Limit, RateLimit-Remaining and
 * RateLimit-Reset, and where a stricter limit applies (the public pages) it tells that one.
 */
@QuarkusTest
@TestProfile(ClientRateLimitTest.LowLimits.class)
class ClientRateLimitTest {

    static final int LIMIT = 20;
    static final int PUBLIC_LIMIT = 2;

    public static class LowLimits implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parcours.api.rate-limit.per-minute", Integer.toString(LIMIT),
                    "parcours.public.rate-limit.per-minute", Integer.toString(PUBLIC_LIMIT));
        }
    }

    @Inject
    DataSource database;

    @BeforeEach
    void startWithoutCounts() {
        RateLimitCounts.forgetAll(database);
    }

    @Test
    void aSignedInClientPastItsLimitGetsA429WithRetryAfterAndOtherClientsDoNot() {
        String token = signIn("agent.cripel");
        Response first = given().auth().oauth2(token).get("/api/v1/caseFiles/" + UUID.randomUUID());
        first.then().statusCode(404);
        assertThat(limitHeaders(first)).containsExactly(LIMIT, LIMIT - 1);
        assertThat(Integer.parseInt(first.header("RateLimit-Reset"))).isBetween(1, 60);

        Response answer;
        int sent = 0;
        do {
            answer = given().auth().oauth2(token).header("Accept-Language", "en").get("/api/v1/me");
            assertThat(limitHeaders(answer).get(0)).isEqualTo(LIMIT);
            sent++;
        } while (answer.statusCode() == 200 && sent < 2 * LIMIT);
        answer.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:too-many-requests"))
                .body("instance", equalTo("/api/v1/me"));
        assertThat(limitHeaders(answer)).containsExactly(LIMIT, 0);
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 60 / LIMIT);

        Response other = given().auth().oauth2(signIn("agent.cai")).get("/api/v1/me");
        other.then().statusCode(200);
        assertThat(limitHeaders(other)).containsExactly(LIMIT, LIMIT - 1);
    }

    @Test
    void anAnswerWithoutAValidTokenTellsTheAddressesAllowance() {
        Response anonymous = given().get("/api/v1/me");
        anonymous.then().statusCode(401).header("WWW-Authenticate", "Bearer");
        assertThat(limitHeaders(anonymous).get(0)).isEqualTo(LIMIT);

        Response forged = given().auth().oauth2("not.a.token").get("/api/v1/me");
        forged.then().statusCode(401);
        assertThat(limitHeaders(forged).get(0)).isEqualTo(LIMIT);
        assertThat(limitHeaders(forged).get(1)).isLessThan(limitHeaders(anonymous).get(1));
    }

    @Test
    void anUntrustedPeersXForwardedForIsIgnored() {
        Response first = given().header("X-Forwarded-For", "198.51.100.1").get("/api/v1/me");
        Response second = given().header("X-Forwarded-For", "198.51.100.2").get("/api/v1/me");
        assertThat(limitHeaders(second).get(1)).isEqualTo(limitHeaders(first).get(1) - 1);
    }

    @Test
    void aPublicPageTellsItsStricterLimit() {
        for (int i = 1; i <= PUBLIC_LIMIT; i++) {
            Response answer = given().queryParam("orderDate", "2023-08-31").get("/api/v1/public/deadline");
            answer.then().statusCode(200);
            assertThat(limitHeaders(answer)).containsExactly(PUBLIC_LIMIT, PUBLIC_LIMIT - i);
        }
        Response refused = given().queryParam("orderDate", "2023-08-31").get("/api/v1/public/deadline");
        refused.then().statusCode(429);
        assertThat(limitHeaders(refused)).containsExactly(PUBLIC_LIMIT, 0);
        assertThat(refused.header("Retry-After")).isNotNull();
    }

    private static String signIn(String username) {
        Response answer = given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", username, "password", "Parcours-Demo-2026"))
                .post("/api/v1/auth/token");
        answer.then().statusCode(200);
        assertThat(limitHeaders(answer).get(0)).isEqualTo(LIMIT);
        return answer.path("accessToken");
    }

    private static List<Integer> limitHeaders(Response answer) {
        return List.of(Integer.parseInt(answer.header("RateLimit-Limit")),
                Integer.parseInt(answer.header("RateLimit-Remaining")));
    }
}
