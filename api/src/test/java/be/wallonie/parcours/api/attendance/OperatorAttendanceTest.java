package be.wallonie.parcours.api.attendance;

import static be.wallonie.parcours.api.attendance.AttendanceSteps.STARTED;
import static be.wallonie.parcours.api.attendance.AttendanceSteps.post;
import static be.wallonie.parcours.api.attendance.AttendanceSteps.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;

/**
 * The trainer's view and postings through HTTP, with real tokens and PostgreSQL: only the operator's enrolments, the
 * hours recorded once per Idempotency-Key, the ledger's rules answered as 409 with their code, corrections that keep
 * the session.
 */
@QuarkusTest
class OperatorAttendanceTest {

    @Inject
    AttendanceDatabase database;

    static BigDecimal number(Response response, String path) {
        return new BigDecimal(response.jsonPath().getString(path));
    }

    @Test
    void aTrainerRecordsHoursUntilCitizenshipReachesSixtyAndTheAxisIsDone() {
        AttendanceSteps steps = new AttendanceSteps();

        Response first = post(steps.enrolmentId, STARTED, 8);
        first.then().statusCode(201)
                .body("entry.kind", equalTo("SESSION"))
                .body("entry.enrolmentId", equalTo(steps.enrolmentId))
                .body("entry.recordedBy", equalTo(Tokens.TRAINER_ILI))
                .body("axis.axis", equalTo("CITIZENSHIP"))
                .body("axis.done", equalTo(false))
                .body("parcoursCompleted", equalTo(false));
        assertThat(number(first, "axis.hoursDone")).isEqualByComparingTo("8");
        assertThat(number(first, "axis.hoursRequired")).isEqualByComparingTo("60");
        assertThat(number(first, "axis.hoursRemaining")).isEqualByComparingTo("52");
        for (int day = 1; day < 7; day++) {
            post(steps.enrolmentId, STARTED.plusDays(day), 8).then().statusCode(201);
        }
        Response last = post(steps.enrolmentId, STARTED.plusDays(7), 4);
        last.then().statusCode(201)
                .body("axis.done", equalTo(true))
                .body("axis.doneOn", equalTo(STARTED.plusDays(7).toString()))
                .body("parcoursCompleted", equalTo(false)); // French and orientation remain
        assertThat(number(last, "axis.hoursDone")).isEqualByComparingTo("60");
        assertThat(number(last, "axis.hoursRemaining")).isEqualByComparingTo("0");

        // the trainer's view: the enrolment with the person's name and birth date only, and the hours
        Response one = Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/enrolments/" + steps.enrolmentId);
        one.then().statusCode(200)
                .body("person.firstNames", equalTo("Amina"))
                .body("person.birthDate", equalTo(steps.file.get().path("person.birthDate")))
                .body("person.nationalNumber", nullValue())
                .body("person.contact", nullValue())
                .body("axis", equalTo("CITIZENSHIP"))
                .body("status", equalTo("ACTIVE"))
                .body("progress.done", equalTo(true));
        assertThat(one.jsonPath().getMap("person").keySet()).containsExactlyInAnyOrder("lastName", "firstNames",
                "birthDate");
        assertThat(number(one, "progress.hoursDone")).isEqualByComparingTo("60");
        Response list = Tokens.as(Tokens.TRAINER_ILI).queryParam("axis", "CITIZENSHIP").queryParam("status", "ACTIVE")
                .queryParam("pageSize", 200).get("/api/v1/enrolments");
        list.then().statusCode(200).body("items.id", hasItem(steps.enrolmentId))
                .body("items.axis", not(hasItem("FRENCH")));
        Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/enrolments/" + steps.enrolmentId + "/attendance").then()
                .statusCode(200).body("size()", equalTo(8));
        // the CRI reads the same entries on the file
        Tokens.as(Tokens.AGENT_CRIPEL).get(steps.file.url("attendance")).then().statusCode(200)
                .body("entries.size()", equalTo(8));
        // and every disclosure to the operator is audited
        assertThat(database.audits(steps.personId, "DISCLOSE")).isGreaterThanOrEqualTo(3);
        assertThat(database.audits(steps.personId, "CREATE")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aPostingSentAgainWithTheSameKeyRecordsNothingAndAnswersTheSameBody() {
        AttendanceSteps steps = new AttendanceSteps();
        String key = UUID.randomUUID().toString();
        var body = session(STARTED, 3, "Module 1");

        Response first = post(Tokens.TRAINER_ILI, steps.enrolmentId, key, body);
        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        Response again = post(Tokens.TRAINER_ILI, steps.enrolmentId, key, body);

        again.then().statusCode(201).header("Idempotency-Replayed", equalTo("true"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(1);
        assertThat(database.keys("ILI-LIEGE", key)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndRecordsNothing() {
        AttendanceSteps steps = new AttendanceSteps();
        String key = UUID.randomUUID().toString();
        post(Tokens.TRAINER_ILI, steps.enrolmentId, key, session(STARTED, 3, null)).then().statusCode(201);

        post(Tokens.TRAINER_ILI, steps.enrolmentId, key, session(STARTED, 2, null)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:idempotency-key-reused"));
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(1);
    }

    @Test
    void aPostingWithoutIdempotencyKeyIsInvalid() {
        AttendanceSteps steps = new AttendanceSteps();

        post(Tokens.TRAINER_ILI, steps.enrolmentId, null, session(STARTED, 3, null)).then().statusCode(400)
                .body("issues.field", hasItem("Idempotency-Key"));
        assertThat(database.entries(steps.enrolmentId)).isZero();
    }

    @Test
    void twoConcurrentPostingsWithTheSameKeyRecordOnce() throws Exception {
        AttendanceSteps steps = new AttendanceSteps();
        String key = UUID.randomUUID().toString();
        var body = session(STARTED, 2, null);
        String token = Tokens.of(Tokens.TRAINER_ILI);
        Callable<Response> posting = () -> io.restassured.RestAssured.given().auth().oauth2(token)
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/enrolments/" + steps.enrolmentId + "/attendance");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = pool.invokeAll(List.of(posting, posting));
            Response a = answers.get(0).get();
            Response b = answers.get(1).get();

            assertThat(List.of(a.statusCode(), b.statusCode())).containsOnly(201);
            assertThat(a.asString()).isEqualTo(b.asString());
            assertThat(database.entries(steps.enrolmentId)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOperatorPostingForAPersonNotEnrolledWithItIsAnsweredNotFoundAndRecordsNothing() {
        AttendanceSteps steps = new AttendanceSteps();

        // FOREM-LIEGE's trainer, for a person enrolled with ILI-LIEGE only
        post(Tokens.TRAINER_FOREM, steps.enrolmentId, UUID.randomUUID().toString(), session(STARTED, 3, null)).then()
                .statusCode(404).body("type", equalTo("urn:parcours:problem:not-found"));
        post(Tokens.TRAINER_ILI, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                session(STARTED, 3, null)).then().statusCode(404);
        assertThat(database.entries(steps.enrolmentId)).isZero();
    }

    @Test
    void aTrainerOfAnotherOperatorSeesNothingOfTheEnrolment() {
        AttendanceSteps steps = new AttendanceSteps();
        post(steps.enrolmentId, STARTED, 3).then().statusCode(201);
        String entryId = Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/enrolments/" + steps.enrolmentId + "/attendance")
                .then().statusCode(200).extract().path("[0].id");

        Tokens.as(Tokens.TRAINER_FOREM).get("/api/v1/enrolments/" + steps.enrolmentId).then().statusCode(404);
        Tokens.as(Tokens.TRAINER_FOREM).get("/api/v1/enrolments/" + steps.enrolmentId + "/attendance").then()
                .statusCode(404);
        Tokens.as(Tokens.TRAINER_FOREM).queryParam("pageSize", 200).get("/api/v1/enrolments").then().statusCode(200)
                .body("items.id", not(hasItem(steps.enrolmentId)));
        Tokens.as(Tokens.TRAINER_FOREM).contentType(ContentType.JSON).header("Idempotency-Key", "k-" + entryId)
                .body(Map.of("reverse", true, "reason", "Absente"))
                .post("/api/v1/enrolments/" + steps.enrolmentId + "/attendance/" + entryId + "/corrections")
                .then().statusCode(404);
        // nor can a CRI agent post hours
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).header("Idempotency-Key", "k")
                .body(session(STARTED, 1, null)).post("/api/v1/enrolments/" + steps.enrolmentId + "/attendance")
                .then().statusCode(403);
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(1);
    }

    @Test
    void hoursOverTheDailyMaximumAreRefusedWithTheRuleCodeAndTheNumbers() {
        AttendanceSteps steps = new AttendanceSteps();
        post(steps.enrolmentId, STARTED, 7).then().statusCode(201);

        post(steps.enrolmentId, STARTED, 1.25).then().statusCode(409)
                .body("type", equalTo("urn:parcours:problem:conflict"))
                .body("code", equalTo("ATTENDANCE_REFUSED.DAILY_MAXIMUM_EXCEEDED"))
                .body("detail", equalTo("1,25 h dépasse le maximum de 8 h par jour ; déjà 7 h le "
                        + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(STARTED)
                        + " (tous axes et opérateurs confondus)."))
                .body("parameters.added", equalTo(1.25f))
                .body("parameters.already", equalTo(7))
                .body("parameters.hours", equalTo(8.25f))
                .body("parameters.day", equalTo(STARTED.toString()))
                .body("parameters.maximum", equalTo(8));
        Tokens.as(Tokens.TRAINER_ILI).header("Accept-Language", "nl").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(session(STARTED.minusDays(1), 1, null))
                .post("/api/v1/enrolments/" + steps.enrolmentId + "/attendance").then().statusCode(409)
                .body("code", equalTo("ATTENDANCE_REFUSED.BEFORE_ENROLMENT_START"))
                .body("detail", equalTo("De sessie ligt vóór het begin van de inschrijving, op "
                        + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).format(STARTED)
                        + "."));
        post(steps.enrolmentId, STARTED, 0.3).then().statusCode(400).body("issues.field", hasItem("hours"))
                .body("issues.message", hasItem("0,3 h n'est pas un multiple d'un quart d'heure (0,25 h)"));
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(1);
    }

    @Test
    void aCorrectionAddsTheDifferenceWithItsReasonAndKeepsTheSession() {
        AttendanceSteps steps = new AttendanceSteps();
        String entryId = post(steps.enrolmentId, STARTED, 3).then().statusCode(201).extract().path("entry.id");
        String corrections = "/api/v1/enrolments/" + steps.enrolmentId + "/attendance/" + entryId + "/corrections";

        Tokens.as(Tokens.TRAINER_ILI).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("newHours", 2)).post(corrections).then().statusCode(400)
                .body("issues.field", hasItem("reason"));
        Response corrected = Tokens.as(Tokens.TRAINER_ILI).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID()).body(Map.of("newHours", 2, "reason", "Départ à 11 h"))
                .post(corrections);
        corrected.then().statusCode(201)
                .body("entry.kind", equalTo("CORRECTION"))
                .body("entry.corrects", equalTo(entryId))
                .body("entry.reason", equalTo("Départ à 11 h"));
        assertThat(number(corrected, "entry.hours")).isEqualByComparingTo("-1");
        assertThat(number(corrected, "axis.hoursDone")).isEqualByComparingTo("2");
        Response reversed = Tokens.as(Tokens.TRAINER_ILI).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID()).body(Map.of("reverse", true, "reason", "Absente"))
                .post(corrections);
        reversed.then().statusCode(201);
        assertThat(number(reversed, "axis.hoursDone")).isEqualByComparingTo("0");
        Tokens.as(Tokens.TRAINER_ILI).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("reverse", true, "reason", "Encore")).post(corrections).then().statusCode(409)
                .body("code", equalTo("ATTENDANCE_REFUSED.NOTHING_TO_CORRECT"));

        // nothing is ever deleted: the session and both corrections remain
        Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/enrolments/" + steps.enrolmentId + "/attendance").then()
                .statusCode(200)
                .body("kind", org.hamcrest.Matchers.contains("SESSION", "CORRECTION", "CORRECTION"));
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(3);
    }
}
