package be.wallonie.parcours.api.selfcheck;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;

import be.wallonie.parcours.api.shared.RateLimitCounts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The public endpoints answer 429 with Retry-After past the limit per client address; other endpoints do not. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
class RateLimitTest {

    static final int LIMIT = 3;

    public static class LowLimit implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parcours.public.rate-limit.per-minute", Integer.toString(LIMIT));
        }
    }

    @Inject
    DataSource database;

    @BeforeEach
    void startWithoutCounts() {
        RateLimitCounts.forgetAll(database);
    }

    @Test
    void requestsPastTheLimitPerMinuteAreRefusedWithRetryAfter() {
        for (int i = 0; i < LIMIT; i++) {
            given().queryParam("orderDate", "2023-08-31").get("/api/v1/public/deadline").then().statusCode(200);
        }
        Response refused = given().header("Accept-Language", "en").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/public/selfChecks");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("type", equalTo("urn:parcours:problem:too-many-requests"))
                .body("status", equalTo(429))
                .body("title", equalTo("Too many requests"))
                .body("instance", equalTo("/api/v1/public/selfChecks"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60 / LIMIT);
        given().queryParam("orderDate", "2023-08-31").get("/api/v1/public/deadline").then().statusCode(429);

        // only the public endpoints are limited
        for (int i = 0; i < LIMIT + 2; i++) {
            given().get("/api/v1/cris").then().statusCode(200);
        }
    }
}
