package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import be.wallonie.parcours.api.security.Tokens;

/**
 * Another CRI's case file does not exist for you: every endpoint answers 404 (never 403, never its content), lists
 * and searches leave it out, and nothing is changed. One test per endpoint.
 */
@QuarkusTest
class CaseFileTenancyTest {

    private static final String AGENT_CAI = Tokens.AGENT_CAI;
    private static final String SUPERVISOR_CAI = "superviseur.cai";

    @Inject
    CaseFileDatabase database;

    private static String personId;
    private static String fileId;
    private static String enrolmentId;
    private static String etag;

    /** A file of CRIPEL in progress, made once for the whole class. */
    private static synchronized void aFileOfCripelInProgress() {
        if (fileId != null) {
            return;
        }
        personId = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, LocalDate.of(2025, 3, 10), true);
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(personId, TODAY.minusDays(20));
        file.receptionAndSignature(TODAY.minusDays(15), "A1", false, TODAY.minusDays(10));
        enrolmentId = file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "CITIZENSHIP",
                "startDate", TODAY.minusDays(5).toString())).then().statusCode(201).extract().path("id");
        fileId = file.fileId();
        etag = file.etag();
    }

    static Stream<Arguments> everyEndpointOfAFile() {
        String file = "/api/v1/caseFiles/{file}";
        String person = "/api/v1/persons/{person}";
        Map<String, Object> none = Map.of();
        return Stream.of(
                Arguments.of(AGENT_CAI, "GET", file, none),
                Arguments.of(AGENT_CAI, "GET", file + "/events", none),
                Arguments.of(AGENT_CAI, "POST", file + "/suspensions", Map.of("reason", "x")),
                Arguments.of(AGENT_CAI, "POST", file + "/resumptions", none),
                Arguments.of(AGENT_CAI, "POST", file + "/closure", Map.of("reason", "LEFT_BELGIUM")),
                Arguments.of(SUPERVISOR_CAI, "POST", file + "/transfers", Map.of("toCri", "CAI", "reason", "x")),
                Arguments.of(SUPERVISOR_CAI, "POST", file + "/deadlineExtensions",
                        Map.of("newDeadline", "2029-01-01", "reason", "x")),
                Arguments.of(AGENT_CAI, "POST", file + "/evaluationInterviews", Map.of("heldOn", TODAY.toString())),
                Arguments.of(AGENT_CAI, "GET", file + "/evaluationInterviews", none),
                Arguments.of(AGENT_CAI, "POST", file + "/reception", none),
                Arguments.of(AGENT_CAI, "GET", file + "/reception", none),
                Arguments.of(AGENT_CAI, "PUT", file + "/reception/socialReview",
                        CaseFileSteps.socialReview(TODAY, false)),
                Arguments.of(AGENT_CAI, "PUT", file + "/reception/rightsAndDutiesSession",
                        Map.of("heldOn", TODAY.toString(), "format", "GROUP")),
                Arguments.of(AGENT_CAI, "PUT", file + "/reception/frenchTest",
                        Map.of("takenOn", TODAY.toString(), "level", "A1")),
                Arguments.of(AGENT_CAI, "POST", file + "/convention", none),
                Arguments.of(AGENT_CAI, "GET", file + "/convention", none),
                Arguments.of(AGENT_CAI, "POST", file + "/convention/signature", Map.of("signedOn", TODAY.toString())),
                Arguments.of(AGENT_CAI, "POST", file + "/convention/amendments",
                        Map.of("axes", List.of("RECEPTION", "CITIZENSHIP"), "reason", "x")),
                Arguments.of(AGENT_CAI, "POST", file + "/enrolments",
                        Map.of("operatorCode", "ILI-NAMUR", "axis", "FRENCH", "startDate", TODAY.toString())),
                Arguments.of(AGENT_CAI, "GET", file + "/enrolments", none),
                Arguments.of(AGENT_CAI, "POST", file + "/enrolments/{enrolment}/completion", none),
                Arguments.of(AGENT_CAI, "POST", file + "/enrolments/{enrolment}/withdrawal",
                        Map.of("reason", "x")),
                Arguments.of(AGENT_CAI, "GET", person, none),
                Arguments.of(AGENT_CAI, "GET", person + "/caseFiles", none),
                Arguments.of(AGENT_CAI, "GET", person + "/assessments", none),
                Arguments.of(AGENT_CAI, "GET", person + "/auditTrail", none),
                Arguments.of(SUPERVISOR_CAI, "POST", person + "/dispenses",
                        Map.of("dispense", "D1", "documentType", "Certificat", "documentDate", "2026-10-01",
                                "issuer", "Dr X", "explanation", "x")));
    }

    @ParameterizedTest(name = "{1} {2} answers 404 to another CRI")
    @MethodSource("everyEndpointOfAFile")
    void anotherCrisFileAnswers404AndChangesNothing(String user, String method, String template,
            Map<String, Object> body) {
        aFileOfCripelInProgress();
        String path = template.replace("{file}", fileId).replace("{person}", personId).replace("{enrolment}",
                enrolmentId);
        var before = database.snapshot(fileId);
        var request = Tokens.as(user).contentType(ContentType.JSON).header("If-Match", etag);
        Response response = method.equals("GET")
                ? request.get(path)
                : request.body(body).request(method, path);
        response.then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:not-found"));
        assertThat(database.snapshot(fileId)).isEqualTo(before);
    }

    @Test
    void anotherCrisFileIsInNoneOfYourListsQueuesOrSearches() {
        aFileOfCripelInProgress();
        for (String query : List.of("", "?queue=atRisk", "?queue=overdue", "?queue=reviewDue", "?queue=new",
                "?state=IN_PROGRESS")) {
            Tokens.as(AGENT_CAI).queryParam("pageSize", 200).get("/api/v1/caseFiles" + query).then()
                    .statusCode(200).body("items.id", not(hasItem(fileId)));
        }
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("pageSize", 200).get("/api/v1/caseFiles?state=IN_PROGRESS")
                .then().statusCode(200).body("items.id", hasItem(fileId));
        Tokens.as(AGENT_CAI).contentType(ContentType.JSON).body(Map.of("nameFragment", "Parcours"))
                .queryParam("pageSize", 200).post("/api/v1/persons/query").then().statusCode(200)
                .body("items.id", not(hasItem(personId)));
    }

    @Test
    void staffOutsideTheCrisCannotReachCaseFilesAtAll() {
        aFileOfCripelInProgress();
        for (String user : List.of(Tokens.TRAINER_ILI, Tokens.COMMUNE_LIEGE, Tokens.ANALYST, Tokens.ADMIN)) {
            Tokens.as(user).get("/api/v1/caseFiles/" + fileId).then().statusCode(403);
            Tokens.as(user).get("/api/v1/caseFiles").then().statusCode(403);
        }
    }
}
