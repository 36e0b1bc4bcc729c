package be.wallonie.parcours.api.attendance;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;

/**
 * A newcomer's case file brought through HTTP to IN_PROGRESS by a CRIPEL agent, enrolled on citizenship with
 * ILI-LIEGE from {@link #STARTED}; then the trainer's postings. The reception's French test (A1) and the recommended
 * orientation make the convention require citizenship, French and socio-professional orientation.
 */
final class AttendanceSteps {

    static final LocalDate STARTED = TODAY.minusDays(30);

    final CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
    final String personId;
    final String enrolmentId;

    AttendanceSteps() {
        personId = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, TODAY.minusMonths(8), false);
        file.open(personId, TODAY.minusDays(40));
        file.receptionAndSignature(TODAY.minusDays(35), "A1", true, TODAY.minusDays(34));
        enrolmentId = enrol("ILI-LIEGE", "CITIZENSHIP");
    }

    /** Enrols the person on {@code axis} with the operator from {@link #STARTED}; answers the enrolment's id. */
    String enrol(String operator, String axis) {
        return file.post("enrolments", Map.of("operatorCode", operator, "axis", axis, "startDate",
                STARTED.toString())).then().statusCode(201).extract().path("id");
    }

    /** The trainer of ILI-LIEGE posts the hours of a session, with a new Idempotency-Key. */
    static Response post(String enrolmentId, LocalDate day, Object hours) {
        return post(Tokens.TRAINER_ILI, enrolmentId, UUID.randomUUID().toString(), session(day, hours, null));
    }

    static Response post(String trainer, String enrolmentId, String key, Map<String, Object> body) {
        var request = Tokens.as(trainer).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/enrolments/" + enrolmentId + "/attendance");
    }

    static Map<String, Object> session(LocalDate day, Object hours, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("sessionDate", day.toString());
        body.put("hours", hours);
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    /** Sixty hours of citizenship, 8 a day from the enrolment's start then 4: answers the last posting. */
    Response sixtyHoursOfCitizenship() {
        for (int day = 0; day < 7; day++) {
            post(enrolmentId, STARTED.plusDays(day), 8).then().statusCode(201);
        }
        return post(enrolmentId, STARTED.plusDays(7), 4);
    }

    static Response importFile(String trainer, String operator, String mode, String key, String csv) {
        var request = Tokens.as(trainer).contentType("text/csv; charset=UTF-8").body(csv);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (mode != null) {
            request.queryParam("mode", mode);
        }
        return request.post("/api/v1/operators/" + operator + "/attendanceImports");
    }
}
