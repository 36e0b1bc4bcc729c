package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;

/**
 * The documented 4xx problems of the case workflow: an illegal transition, an operator not recognised for the axis, a
 * stale or missing version, a second current file, invalid input. Each one changes nothing, as the database shows.
 */
@QuarkusTest
class CaseFileRefusalTest {

    private static final LocalDate ORDERED = LocalDate.of(2025, 3, 10);

    @Inject
    CaseFileDatabase database;

    private CaseFileSteps signedFile() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY.minusDays(20));
        file.receptionAndSignature(TODAY.minusDays(15), "A1", false, TODAY.minusDays(10));
        return file;
    }

    @Test
    void anIllegalTransitionAnswers409IllegalTransitionAndChangesNothing() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY.minusDays(3));
        var before = database.snapshot(file.fileId());

        file.post("resumptions", Map.of()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:illegal-transition"))
                .body("code", equalTo("CASE_FILE_ILLEGAL_TRANSITION"));
        file.post("convention/signature", Map.of("signedOn", TODAY.toString())).then().statusCode(409)
                .body("code", equalTo("CONVENTION.NOT_PROPOSED"));

        assertThat(database.snapshot(file.fileId())).isEqualTo(before);
    }

    @Test
    void aClosedFileRefusesEveryChange() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY.minusDays(3));
        file.post("closure", Map.of("reason", "LEFT_BELGIUM")).then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("closureReason", equalTo("LEFT_BELGIUM"));
        var before = database.snapshot(file.fileId());

        file.post("suspensions", Map.of("reason", "Retour")).then().statusCode(409)
                .body("type", equalTo("urn:parcours:problem:illegal-transition"));
        file.post("reception", Map.of()).then().statusCode(409);
        file.post("closure", Map.of("reason", "OTHER", "note", "encore")).then().statusCode(409);

        assertThat(database.snapshot(file.fileId())).isEqualTo(before);
    }

    @Test
    void anEnrolmentWithAnOperatorNotRecognisedForTheAxisIsRefusedAndChangesNothing() {
        CaseFileSteps file = signedFile();
        var before = database.snapshot(file.fileId());

        file.post("enrolments", Map.of("operatorCode", "FOREM-LIEGE", "axis", "CITIZENSHIP", "startDate",
                TODAY.minusDays(5).toString())).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:conflict"))
                .body("code", equalTo("ENROLMENT_REFUSED.OPERATOR_NOT_RECOGNISED"));
        file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "SOCIO_PROFESSIONAL", "startDate",
                TODAY.minusDays(5).toString())).then().statusCode(409)
                .body("code", equalTo("ENROLMENT_REFUSED.AXIS_NOT_REQUIRED"));
        file.post("enrolments", Map.of("operatorCode", "NOBODY", "axis", "CITIZENSHIP", "startDate",
                TODAY.minusDays(5).toString())).then().statusCode(400)
                .body("issues.field", hasItem("operatorCode"));

        var after = database.snapshot(file.fileId());
        assertThat(after).isEqualTo(before);
        assertThat(after.state()).isEqualTo("CONVENTION_SIGNED");
    }

    @Test
    void aStaleOrMissingVersionAnswers412Or428AndChangesNothing() {
        CaseFileSteps file = signedFile();
        var before = database.snapshot(file.fileId());
        Map<String, Object> interview = Map.of("heldOn", TODAY.toString());

        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(interview)
                .post(file.url("evaluationInterviews")).then().statusCode(412)
                .body("type", equalTo("urn:parcours:problem:precondition-failed"));
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body(interview)
                .post(file.url("evaluationInterviews")).then().statusCode(428)
                .body("type", equalTo("urn:parcours:problem:precondition-required"));

        assertThat(database.snapshot(file.fileId())).isEqualTo(before);
        file.post("evaluationInterviews", interview).then().statusCode(201);
        assertThat(database.snapshot(file.fileId()).interviews()).isEqualTo(before.interviews() + 1);
    }

    @Test
    void everyChangeToAPartOfTheFileRaisesTheFileVersion() {
        CaseFileSteps file = signedFile();
        String etag = file.etag();
        file.post("evaluationInterviews", Map.of("heldOn", TODAY.toString())).then().statusCode(201);
        assertThat(file.etag()).isNotEqualTo(etag);
        file.get().then().header("ETag", equalTo(file.etag()));
    }

    @Test
    void aSecondCurrentFileForTheSamePersonIsRefused() {
        String personId = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false);
        new CaseFileSteps(Tokens.AGENT_CRIPEL).open(personId, TODAY);

        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body(Map.of("personId", personId))
                .post("/api/v1/caseFiles").then().statusCode(409)
                .body("code", equalTo("CASE_FILE.CURRENT_FILE_EXISTS"))
                .body("detail", equalTo("La personne a déjà un dossier en cours (dans ce CRI ou un autre)."));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + personId + "/caseFiles").then().statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    void invalidInputNamesEachFieldAndCreatesNothing() {
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON)
                .body(Map.of("openedOn", TODAY.plusDays(3).toString()))
                .post("/api/v1/caseFiles").then().statusCode(400)
                .body("issues.field", hasItem("personId"))
                .body("issues.field", hasItem("openedOn"));
        CaseFileSteps file = signedFile();
        var before = database.snapshot(file.fileId());
        file.post("suspensions", Map.of("on", TODAY.plusDays(1).toString())).then().statusCode(400)
                .body("issues.field", hasItem("reason"))
                .body("issues.field", hasItem("on"));
        file.post("convention/amendments", Map.of("axes", java.util.List.of("CITIZENSHIP"), "reason", "x"))
                .then().statusCode(409).body("code", equalTo("CONVENTION.RECEPTION_AXIS_REQUIRED"));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/caseFiles?queue=soon").then().statusCode(400)
                .body("issues.field", hasItem("queue"));
        assertThat(database.snapshot(file.fileId())).isEqualTo(before);
    }
}
