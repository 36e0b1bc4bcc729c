package be.wallonie.parcours.api.problem;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;

/**
 * Malformed input on the case-file, attendance and attestation endpoints: each answers the documented 4xx problem,
 * never a 500.
 */
@QuarkusTest
class BadInputProbeTest {

    private static String fileId;
    private static String enrolmentId;
    private static String etag;

    /** A signed file of CRIPEL with an enrolment at ILI-LIEGE, made once. */
    private static synchronized void aSignedFile() {
        if (fileId != null) {
            return;
        }
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, LocalDate.of(2025, 3, 10), false),
                TODAY.minusDays(20));
        file.receptionAndSignature(TODAY.minusDays(15), "A1", false, TODAY.minusDays(10));
        enrolmentId = file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "CITIZENSHIP",
                "startDate", TODAY.minusDays(5).toString())).then().statusCode(201).extract().path("id");
        fileId = file.fileId();
        etag = file.etag();
    }

    static Stream<Arguments> badRequests() {
        String file = "/api/v1/caseFiles/{file}";
        String enrolment = "/api/v1/enrolments/{enrolment}";
        return Stream.of(
                Arguments.of(Tokens.AGENT_CRIPEL, "POST", "/api/v1/caseFiles", "{\"personId\": \"abc\"}", 400),
                Arguments.of(Tokens.AGENT_CRIPEL, "POST", "/api/v1/caseFiles", "{not json", 400),
                Arguments.of(Tokens.AGENT_CRIPEL, "GET", "/api/v1/caseFiles/not-a-uuid", null, 404),
                Arguments.of(Tokens.AGENT_CRIPEL, "GET", "/api/v1/caseFiles?page=abc", null, 400),
                Arguments.of(Tokens.AGENT_CRIPEL, "GET", "/api/v1/caseFiles?state=NOWHERE", null, 400),
                Arguments.of(Tokens.AGENT_CRIPEL, "POST", file + "/enrolments",
                        "{\"operatorCode\": \"ILI-LIEGE\", \"axis\": \"FOO\", \"startDate\": \"2026-11-01\"}", 400),
                Arguments.of(Tokens.AGENT_CRIPEL, "POST", file + "/enrolments",
                        "{\"operatorCode\": \"ILI-LIEGE\", \"axis\": \"FRENCH\", \"startDate\": \"1er novembre\"}",
                        400),
                Arguments.of(Tokens.AGENT_CRIPEL, "PUT", file + "/reception/frenchTest",
                        "{\"takenOn\": \"2026-11-01\", \"level\": \"Z9\"}", 400),
                Arguments.of(Tokens.AGENT_CRIPEL, "POST", file + "/convention/amendments",
                        "{\"axes\": \"CITIZENSHIP\", \"reason\": \"x\"}", 400),
                Arguments.of(Tokens.AGENT_CRIPEL, "POST", file + "/enrolments/not-a-uuid/completion", "{}", 404),
                Arguments.of(Tokens.AGENT_CRIPEL, "GET", file + "/attestation", null, 404),
                Arguments.of(Tokens.AGENT_CRIPEL, "GET", file + "/attestation/pdf", null, 404),
                Arguments.of(Tokens.SUPERVISOR_CRIPEL, "POST", file + "/attestation", "{}", 409),
                Arguments.of(Tokens.SUPERVISOR_CRIPEL, "POST", file + "/attestation/revocation",
                        "{\"reason\": \"x\"}", 409),
                Arguments.of(Tokens.TRAINER_ILI, "POST", enrolment + "/attendance",
                        "{\"sessionDate\": \"2026-11-20\", \"hours\": \"abc\"}", 400),
                Arguments.of(Tokens.TRAINER_ILI, "POST", enrolment + "/attendance",
                        "{\"sessionDate\": \"" + TODAY.minusDays(1) + "\", \"hours\": 0.3}", 400),
                Arguments.of(Tokens.TRAINER_ILI, "POST", enrolment + "/attendance",
                        "{\"sessionDate\": \"" + TODAY.plusDays(3) + "\", \"hours\": 2}", 409),
                Arguments.of(Tokens.TRAINER_ILI, "POST", "/api/v1/enrolments/" + UUID.randomUUID() + "/attendance",
                        "{\"sessionDate\": \"2026-11-20\", \"hours\": 2}", 404),
                Arguments.of(Tokens.TRAINER_ILI, "POST", enrolment + "/attendance/" + UUID.randomUUID()
                        + "/corrections", "{\"reverse\": true, \"reason\": \"x\"}", 404),
                Arguments.of(Tokens.TRAINER_ILI, "GET", "/api/v1/operators/ILI-LIEGE/attendance.csv?from=hier", null,
                        400),
                Arguments.of(Tokens.COMMUNE_LIEGE, "GET", "/api/v1/transmissions?since=abc", null, 400),
                Arguments.of(Tokens.COMMUNE_LIEGE, "GET", "/api/v1/transmissions?since=-1", null, 400),
                Arguments.of(Tokens.COMMUNE_LIEGE, "GET", "/api/v1/transmissions/not-a-uuid/pdf", null, 404),
                Arguments.of(Tokens.COMMUNE_LIEGE, "POST", "/api/v1/transmissions/" + UUID.randomUUID()
                        + "/acknowledgements", null, 404),
                Arguments.of(Tokens.SUPERVISOR_CRIPEL, "POST", "/api/v1/persons/" + UUID.randomUUID() + "/dispenses",
                        "{\"dispense\": \"D1\"}", 404),
                Arguments.of(Tokens.SUPERVISOR_CRIPEL, "POST", "/api/v1/persons/{person}/dispenses",
                        "{\"dispense\": \"GERMAN_SPEAKING_COMMUNE\", \"documentType\": \"x\", \"documentDate\": \"2026-01-01\", "
                                + "\"issuer\": \"x\", \"explanation\": \"x\"}",
                        400));
    }

    @ParameterizedTest(name = "{1} {2} → {4}")
    @MethodSource("badRequests")
    void badInputAnswersAProblemNeverA500(String user, String method, String template, String body, int status) {
        aSignedFile();
        String path = template.replace("{file}", fileId).replace("{enrolment}", enrolmentId).replace("{person}",
                Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/caseFiles/" + fileId).path("personId"));
        RequestSpecification request = Tokens.as(user).header("If-Match", etag)
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        request.request(method, path).then().statusCode(status)
                .contentType(startsWith("application/problem+json"));
    }
}
