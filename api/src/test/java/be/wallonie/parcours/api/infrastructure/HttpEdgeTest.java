package be.wallonie.parcours.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import be.wallonie.parcours.api.security.Tokens;

/**
 * What the HTTP layer answers before any resource (docs/adr/0023-http-edge.md): every refusal a problem with a stable
 * type, in the client's language, never a 500, and no query run for a value that cannot be valid. Sent over a plain
 * socket, since ordinary clients refuse to send most of these requests.
 */
@QuarkusTest
class HttpEdgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode problem(RawHttp.Answer answer, int status, String type) throws Exception {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("type").asText()).isEqualTo("urn:parcours:problem:" + type);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at io.").doesNotContain("SQL");
        return body;
    }

    private static String get(String target, String... headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost" + (headers.length == 0 ? "" : "\r\n")
                + String.join("\r\n", headers);
    }

    private static String bearer(String user) {
        return "Authorization: Bearer " + Tokens.of(user);
    }

    @Test
    void aRequestTargetOfMoreThan4096CharactersIsA414Problem() throws Exception {
        JsonNode body = problem(RawHttp.send(get("/api/v1/cris?name=" + "a".repeat(5_000))), 414, "uri-too-long");
        assertThat(body.path("detail").asText()).contains("4");
    }

    @Test
    void headersOfMoreThan20KiBAreA431Problem() throws Exception {
        problem(RawHttp.send(get("/api/v1/cris", "X-Padding: " + "a".repeat(25_000))), 431, "headers-too-large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/operators/%00", "/api/v1/cris/%00", "/api/v1/cris/a%1Fb", "/api/v1/cris/%7f"})
    void aControlCharacterOrABrokenEscapeInThePathIsA400BeforeAnyQuery(String path) throws Exception {
        JsonNode body = problem(RawHttp.send(get(path, bearer(Tokens.ADMIN))), 400, "malformed-request");
        assertThat(body.path("issues").get(0).path("field").asText()).isEqualTo("path");
    }

    @Test
    void aControlCharacterInAQueryValueIsA400NamingTheParameter() throws Exception {
        JsonNode body = problem(RawHttp.send(get("/api/v1/caseFiles?state=OPENED&q=Jean%00Paul",
                bearer(Tokens.AGENT_CRIPEL))), 400, "malformed-request");
        assertThat(body.path("issues")).hasSize(1);
        assertThat(body.path("issues").get(0).path("field").asText()).isEqualTo("q");
    }

    /**
     * What is not HTTP at all (a header with a control character, a request line that is no request line) or no URI
     * (a broken escape, a character a URI may not hold) is refused below the application, by Vert.x and Quarkus, with a
     * bare 400 that no application code can reach (docs/adr/0023-http-edge.md): never a 500.
     */
    @ParameterizedTest
    @ValueSource(strings = {"GET /api/v1/cris HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b",
            "GET /api/v1/cris/%zz HTTP/1.1\r\nHost: localhost", "GET /api/v1/cris/ab% HTTP/1.1\r\nHost: localhost",
            "GET /api/v1/cris/a|b HTTP/1.1\r\nHost: localhost", "NOT HTTP"})
    void whatIsNotHttpOrNoUriIsRefusedBelowTheApplicationWithABare400(String request) throws Exception {
        assertThat(RawHttp.send(request).status()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"xx-YY;q=abc|fr|Requête invalide", "nl, xx-YY;q=abc|nl|Ongeldige aanvraag",
            "en;q=1.5, de;q=0.5|de|Ungültige Anfrage", ";;;|fr|Requête invalide"})
    void aMalformedAcceptLanguageKeepsItsWellFormedEntriesOrFallsBackToFrench(String header, String language,
            String title) throws Exception {
        byte[] json = "{\"grantType\":\"password\"}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nAccept-Language: " + header + "\r\nContent-Length: "
                + json.length, json);
        JsonNode body = problem(answer, 400, "validation");
        assertThat(answer.header("content-language")).isEqualTo(language);
        assertThat(body.path("title").asText()).isEqualTo(title);
    }

    @Test
    void theTokenEndpointRefusesABodyDeclaredAbove4KiBWithA413AndClosesTheConnection() throws Exception {
        byte[] json = ("{\"grantType\":\"password\",\"username\":\"" + "a".repeat(5_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + json.length, json);
        JsonNode body = problem(answer, 413, "content-too-large");
        assertThat(body.path("detail").asText()).contains("4").contains("096");
        assertThat(answer.closed()).isTrue();
    }

    @Test
    void aChunkedBodyIsCountedWhileReadAndRefusedPastTheLimit() throws Exception {
        byte[] chunked = RawHttp.chunked("{\"grantType\":\"password\",\"username\":\"", 6_000, 'a');
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked", chunked);
        problem(answer, 413, "content-too-large");
        assertThat(answer.closed()).isTrue();
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsAnyOther() throws Exception {
        byte[] chunked = RawHttp.chunked("{\"grantType\":\"password\",\"username\":\"agent.cripel\","
                + "\"password\":\"" + Tokens.PASSWORD + "\"}", 7);
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked", chunked);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("accessToken").asText()).isNotBlank();
    }

    @Test
    void anOrdinaryJsonBodyAbove64KiBIsA413() throws Exception {
        byte[] json = ("{\"name\":\"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/persons HTTP/1.1\r\nHost: localhost\r\n"
                + bearer(Tokens.AGENT_CRIPEL) + "\r\nContent-Type: application/json\r\nContent-Length: "
                + json.length, json);
        JsonNode body = problem(answer, 413, "content-too-large");
        assertThat(body.path("detail").asText()).contains("65");
    }

    @Test
    void aBodyDeclaredAboveTheLargestLimitIsA413BeforeAnyResource() throws Exception {
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/persons HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100000000");
        problem(answer, 413, "content-too-large");
        assertThat(answer.closed()).isTrue();
    }

    @Test
    void anAttendanceFileIsReadUpTo16MiBAndRefusedBeyondWithA413() throws Exception {
        byte[] chunked = RawHttp.chunked("enrolmentId;sessionDate;hours;reference\n", 17L * 1024 * 1024, 'x');
        RawHttp.Answer answer = RawHttp.send("POST /api/v1/operators/ILI-LIEGE/attendanceImports HTTP/1.1\r\n"
                + "Host: localhost\r\n" + bearer(Tokens.TRAINER_ILI) + "\r\nContent-Type: text/csv\r\n"
                + "Idempotency-Key: " + java.util.UUID.randomUUID() + "\r\nTransfer-Encoding: chunked", chunked);
        JsonNode body = problem(answer, 413, "content-too-large");
        assertThat(body.path("detail").asText()).contains("16");
    }

    @Test
    void aMethodTheResourceDoesNotServeAndAFormatItCannotGiveAreProblems() throws Exception {
        problem(RawHttp.send("DELETE /api/v1/cris HTTP/1.1\r\nHost: localhost"), 405, "method-not-allowed");
        problem(RawHttp.send(get("/api/v1/cris", "Accept: image/png")), 406, "not-acceptable");
    }

    /** Found by the bad-input suite: an empty Content-Type on the token endpoint (which reads two types) was a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"", "json", "/json", "application/", "application json"})
    void aContentTypeThatIsNoMediaTypeIsA415BeforeAnyResource(String contentType) throws Exception {
        byte[] json = "{\"grantType\":\"client_credentials\"}".getBytes(StandardCharsets.UTF_8);
        problem(RawHttp.send("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + json.length, json), 415, "unsupported-media-type");
    }
}
