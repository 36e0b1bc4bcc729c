package be.wallonie.parcours.api.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.MultiMap;

import be.wallonie.parcours.api.security.Tokens;

/**
 * The security headers of every answer (docs/adr/0029-security-headers-and-production-settings.md): the API's answers
 * cannot be framed, sniffed, run as a page nor stored by a browser or a proxy; the back office runs only its own
 * scripts and styles.
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'none'";

    @Test
    void anApiAnswerWithPersonalDataIsNeverStoredNorFramedNorSniffed() {
        given().auth().oauth2(Tokens.of(Tokens.AGENT_CRIPEL)).get("/api/v1/me")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("Content-Security-Policy", equalTo(API_POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void publicReferenceDataIsNotStoredEither() {
        given().get("/api/v1/cris").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("Content-Security-Policy", equalTo(API_POLICY));
    }

    @Test
    void aRefusalAnsweredBeforeAnyResourceCarriesTheHeaders() throws Exception {
        RawHttp.Answer answer = RawHttp.send("GET /api/v1/cris?name=" + "a".repeat(5_000)
                + " HTTP/1.1\r\nHost: localhost");
        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.header("content-security-policy")).isEqualTo(API_POLICY);
        assertThat(answer.header("cache-control")).isEqualTo("no-store");
        assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
    }

    @Test
    void anUnauthenticatedRefusalCarriesTheHeaders() {
        given().get("/api/v1/me").then().statusCode(401)
                .header("Cache-Control", equalTo("no-store"))
                .header("Content-Security-Policy", equalTo(API_POLICY));
    }

    @Test
    void theBackOfficeAllowsOnlyItsOwnScriptsAndStylesAndNoFraming() {
        String policy = given().get("/login").then().extract().header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void noStrictTransportSecurityOverPlainHttpToALocalAddress() {
        given().get("/api/v1/cris").then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void operationsPagesKeepTheirOwnPolicy() {
        given().get("/q/health/live").then().statusCode(200)
                .header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void strictTransportSecurityIsSentOverTls() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(Optional.of("http://localhost:8080")).add(headers, "/api/v1/cris", true);
        assertThat(headers.get("Strict-Transport-Security")).isEqualTo(SecurityHeaders.HSTS);
    }

    @Test
    void strictTransportSecurityIsSentWhenThePublicAddressIsHttps() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(Optional.of("https://parcours.wallonie.be")).add(headers, "/login", false);
        assertThat(headers.get("Strict-Transport-Security")).isEqualTo(SecurityHeaders.HSTS);
        assertThat(headers.get("Content-Security-Policy")).isEqualTo(SecurityHeaders.BACK_OFFICE_POLICY);
        assertThat(headers.get("Cache-Control")).isNull();
    }

    @Test
    void aPathIsTheApiOnlyUnderSlashApi() {
        assertThat(SecurityHeaders.Surface.of("/api/v1/persons")).isEqualTo(SecurityHeaders.Surface.API);
        assertThat(SecurityHeaders.Surface.of("/api")).isEqualTo(SecurityHeaders.Surface.API);
        assertThat(SecurityHeaders.Surface.of("/apiary")).isEqualTo(SecurityHeaders.Surface.BACK_OFFICE);
        assertThat(SecurityHeaders.Surface.of("/q/metrics")).isEqualTo(SecurityHeaders.Surface.OPERATIONS);
        assertThat(SecurityHeaders.Surface.of("/persons/1")).isEqualTo(SecurityHeaders.Surface.BACK_OFFICE);
    }
}
