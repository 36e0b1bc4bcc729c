package be.wallonie.parcours.api.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import be.wallonie.parcours.api.badinput.BadRequest.HttpCall;
import be.wallonie.parcours.api.badinput.Mutation.Text;
import be.wallonie.parcours.api.badinput.Sender.Answer;

/**
 * The bad-input suite's own machinery, without the application: shrinking finds the smallest failing value, the
 * JSON sent carries NUL and lone surrogates as escapes, a CSV carries a lone surrogate as its raw bytes, and each rule
 * of {@link Checks} fails the answer it is about (a check that cannot fail would let every answer through).
 */
class BadInputHarnessTest {

    /** Shrinks greedily as the run does: the first smaller value that still fails, until none does. */
    private static String shrink(String value, Predicate<String> fails) {
        String smallest = value;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Mutation.Value candidate : new Text(smallest).shrink()) {
                String text = ((Text) candidate).text();
                if (fails.test(text)) {
                    smallest = text;
                    progress = true;
                    break;
                }
            }
        }
        return smallest;
    }

    @Test
    void aStringWithANulShrinksToTheNulAlone() {
        assertThat(shrink("Rue Docteur Haibe\u0000 2, 5002 Saint-Servais", text -> text.contains("\u0000")))
                .isEqualTo("\u0000");
    }

    @Test
    void aStringTooLongShrinksToOneCharacterPastTheBound() {
        assertThat(shrink("A".repeat(65_537), text -> text.length() > 200)).hasSize(201);
    }

    @Test
    void aPathThatNamesAnotherRouteMayBeAnsweredByTheRouterWithoutTheOperationDocumentingIt() {
        ApiOperation enrol = new ApiOperation("POST", "/api/v1/caseFiles/{id}/enrolments", List.of(), Map.of(),
                Set.of(201, 400), false);
        HttpCall emptySegment = new HttpCall("POST", "/api/v1/caseFiles//enrolments", Map.of(), new byte[0],
                List.of());
        HttpCall dotDot = new HttpCall("POST", "/api/v1/caseFiles/../enrolments?x=1", Map.of(), new byte[0], List.of());
        HttpCall encodedDot = new HttpCall("POST", "/api/v1/caseFiles/%2e/enrolments", Map.of(), new byte[0],
                List.of());
        HttpCall sameRoute = new HttpCall("POST", "/api/v1/caseFiles/not-a-uuid/enrolments", Map.of(), new byte[0],
                List.of());

        assertThat(Checks.leavesTheRoute(enrol, emptySegment)).isTrue();
        assertThat(Checks.leavesTheRoute(enrol, dotDot)).isTrue();
        assertThat(Checks.leavesTheRoute(enrol, encodedDot)).as("found by the bad-input benchmark").isTrue();
        assertThat(Checks.leavesTheRoute(enrol, sameRoute)).isFalse();
    }

    @Test
    void aNumberShrinksTowardZeroAndFewerDigits() {
        Mutation.Json number = new Mutation.Json(JsonText.raw("123456789012345678901234567890"));
        assertThat(number.shrink()).extracting(Object::toString).contains("0", "12345678901234567890123456789");
    }

    @Test
    void theJsonSentEscapesNulLoneSurrogatesAndEveryNonAsciiCharacter() {
        var body = JsonNodeFactory.instance.objectNode().put("name", "é\u0000\ud800");
        body.set("amount", JsonText.raw("1e400"));
        assertThat(JsonText.write(body)).isEqualTo("{\"name\":\"\\u00e9\\u0000\\ud800\",\"amount\":1e400}");
    }

    @Test
    void aCsvCarriesALoneSurrogateAsItsOwnThreeBytes() {
        var rows = BadRequest.Csv.read("a;b\nc;x\ud800\n");
        assertThat(BadRequest.Csv.write(rows)).containsExactly("a;b\nc;x".getBytes(StandardCharsets.UTF_8)[0],
                (byte) ';', (byte) 'b', (byte) '\n', (byte) 'c', (byte) ';', (byte) 'x', (byte) 0xED, (byte) 0xA0,
                (byte) 0x80, (byte) '\n');
    }

    @Test
    void theSameSeedDrawsTheSameMutations() {
        ApiOperation operation = new ApiOperation("POST", "/api/v1/things/{id}",
                List.of(new ApiOperation.Parameter("path", "id", "string", "", List.of(), true),
                        new ApiOperation.Parameter("query", "page", "integer", "int32", List.of(), false)),
                Map.of(), Set.of(200), false);
        var body = JsonNodeFactory.instance.objectNode().put("on", "2026-11-20").put("reason", "x");
        Mutations mutations = new Mutations(false, Set.of());
        for (long seed = 0; seed < 200; seed++) {
            assertThat(mutations.draw(operation, body, new Random(seed)).toString())
                    .isEqualTo(mutations.draw(operation, body, new Random(seed)).toString());
        }
    }

    @Test
    void aKnownFailureIsToleratedByItsOperationRuleKindAndStatusWithStarsForAny() {
        BadInputRun.Settings settings = new BadInputRun.Settings(1, 1, Set.of(), false, 1, Set.of(), 1,
                Set.of("POST /api/v1/auth/token|5xx|wrong-content-type|*", "*|not-a-problem|huge-header|431"));
        assertThat(settings.tolerates("POST /api/v1/auth/token | 5xx | wrong-content-type | 500")).isTrue();
        assertThat(settings.tolerates("GET /api/v1/me | not-a-problem | huge-header | 431")).isTrue();
        assertThat(settings.tolerates("POST /api/v1/auth/token | 5xx | null | 500")).isFalse();
        assertThat(settings.tolerates("GET /api/v1/me | not-a-problem | huge-header | 413")).isFalse();
    }

    // --- the rules of an answer ---

    private static final ApiOperation OPERATION = new ApiOperation("GET", "/api/v1/things", List.of(), Map.of(),
            Set.of(200, 400), false);
    private static final HttpCall CALL = new HttpCall("GET", "/api/v1/things", Map.of(), null,
            List.of("SELECT * FROM a table the client named"));
    private static final String PROBLEM = "application/problem+json";

    private static List<String> broken(int status, String contentType, String body, Set<String> changed) {
        return new Checks(true).of(OPERATION, CALL, new Answer(status, contentType, body.getBytes(
                StandardCharsets.UTF_8), null), changed).stream().map(Checks.Violation::check).toList();
    }

    @Test
    void aProblemWithItsTypeThatChangedNothingBreaksNoRule() {
        assertThat(broken(400, PROBLEM, "{\"type\":\"urn:parcours:problem:validation\"}", Set.of())).isEmpty();
    }

    @Test
    void eachRuleFailsTheAnswerItIsAbout() {
        assertThat(broken(500, PROBLEM, "{\"type\":\"urn:parcours:problem:internal-error\"}", Set.of()))
                .contains("5xx", "undocumented-status");
        assertThat(broken(414, "", "", Set.of())).contains("not-a-problem");
        assertThat(broken(400, PROBLEM, "{\"title\":\"x\"}", Set.of())).contains("problem-without-type");
        assertThat(broken(400, PROBLEM, "{\"type\":\"t\",\"detail\":\"org.hibernate.exception\"}", Set.of()))
                .contains("leak");
        assertThat(broken(400, PROBLEM, "{\"type\":\"t\",\"detail\":\"ERROR:  value too long\"}", Set.of()))
                .contains("leak");
        assertThat(broken(400, PROBLEM, "{\"type\":\"t\"}", Set.of("person"))).contains("changed-on-refusal");
        assertThat(broken(0, "", "", Set.of())).contains("no-answer");
    }

    @Test
    void whatTheClientSentComingBackIsNoLeakButALeakBesideItIs() {
        assertThat(broken(200, "application/json", "{\"note\":\"SELECT * FROM a table the client named\"}",
                Set.of())).isEmpty();
        assertThat(broken(200, "application/json", "{\"note\":\"SELECT * FROM a table the client named\","
                + "\"sql\":\"SELECT id FROM person\"}", Set.of())).containsExactly("leak");
    }
}
