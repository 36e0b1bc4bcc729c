package be.wallonie.parcours.api.attendance;

import static be.wallonie.parcours.api.attendance.AttendanceSteps.STARTED;
import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;

/**
 * The equivalences the CRI records and the completion of the parcours: a certificate of French of A2 and a release
 * because the person works complete their axes; the hour that completes the last axis moves the file to COMPLETED, in
 * the same transaction.
 */
@QuarkusTest
class ParcoursCompletionTest {

    @Test
    void theFileMovesToCompletedWhenEveryAxisIsDone() {
        AttendanceSteps steps = new AttendanceSteps();

        steps.file.post("frenchCertificates", Map.of("level", "A1", "certifiedOn", TODAY.minusDays(5).toString(),
                "issuer", "Alliance française de Liège")).then().statusCode(409)
                .body("code", equalTo("ATTENDANCE_REFUSED.EQUIVALENCE_NOT_APPLICABLE"));
        steps.file.post("frenchCertificates", Map.of("level", "A2", "certifiedOn", TODAY.minusDays(5).toString(),
                "issuer", "Alliance française de Liège")).then().statusCode(201)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("equivalence.kind", equalTo("FRENCH_CERTIFICATE"))
                .body("axis.axis", equalTo("FRENCH"))
                .body("axis.done", equalTo(true))
                .body("parcoursCompleted", equalTo(false));
        steps.file.post("workReleases", Map.of("releasedOn", TODAY.minusDays(4).toString(), "evidence",
                "Contrat de travail")).then().statusCode(201)
                .body("axis.axis", equalTo("SOCIO_PROFESSIONAL"))
                .body("axis.done", equalTo(true))
                .body("parcoursCompleted", equalTo(false));
        steps.file.get().then().body("state", equalTo("IN_PROGRESS"));

        steps.sixtyHoursOfCitizenship().then().statusCode(201)
                .body("axis.done", equalTo(true))
                .body("parcoursCompleted", equalTo(true));

        steps.file.get().then().body("state", equalTo("COMPLETED"));
        Tokens.as(Tokens.AGENT_CRIPEL).get(steps.file.url("attendance")).then().statusCode(200)
                .body("entries.size()", equalTo(8))
                .body("equivalences.kind", org.hamcrest.Matchers.contains("FRENCH_CERTIFICATE", "WORK_RELEASE"));
        // a completed file's hours are frozen
        AttendanceSteps.post(steps.enrolmentId, STARTED.plusDays(10), 1).then().statusCode(409)
                .body("code", equalTo("ATTENDANCE_REFUSED.FILE_NOT_IN_PROGRESS"));
    }

    @Test
    void anEquivalenceNeedsTheFilesCurrentVersionAndItsCri() {
        AttendanceSteps steps = new AttendanceSteps();

        Tokens.as(Tokens.AGENT_CRIPEL).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("releasedOn", TODAY.toString(), "evidence", "Contrat"))
                .post(steps.file.url("workReleases")).then().statusCode(428);
        Tokens.as(Tokens.AGENT_CAI).contentType(io.restassured.http.ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("releasedOn", TODAY.toString(), "evidence", "Contrat"))
                .post(steps.file.url("workReleases")).then().statusCode(404);
        Tokens.as(Tokens.AGENT_CAI).get(steps.file.url("attendance")).then().statusCode(404);
        Tokens.as(Tokens.TRAINER_ILI).get(steps.file.url("attendance")).then().statusCode(403);
    }
}
