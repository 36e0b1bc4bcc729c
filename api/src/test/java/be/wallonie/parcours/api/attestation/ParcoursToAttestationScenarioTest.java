package be.wallonie.parcours.api.attestation;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import be.wallonie.parcours.api.casefile.CaseFileDatabase;
import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;

/**
 * The second half of the journey, end to end through HTTP with real tokens: a person with a signed convention, hours
 * posted by two operators (one CSV import, one correction), the axes complete, the attestation issued, its PDF
 * downloadable with a matching hash, the commune's client and the CPAS's client fetching and acknowledging their
 * copies, the public verification saying valid, then revoked. Replays create nothing; an operator posting for a person
 * not enrolled with it gets 404.
 */
@QuarkusTest
class ParcoursToAttestationScenarioTest {

    @Inject
    CaseFileDatabase database;

    @Test
    void hoursFromTwoOperatorsCompleteTheParcoursAndTheAttestationReachesCommuneAndCpas() throws Exception {
        // a CPAS beneficiary of Liège, French test A1, orientation recommended: four axes
        CaseFileSteps file = new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, LocalDate.of(2025, 3, 10), true),
                TODAY.minusDays(200));
        file.receptionAndSignature(TODAY.minusDays(195), "A1", true, TODAY.minusDays(190));
        String citizenship = enrol(file, "ILI-LIEGE", "CITIZENSHIP");
        String french = enrol(file, "FOREM-LIEGE", "FRENCH");
        String orientation = enrol(file, "FOREM-LIEGE", "SOCIO_PROFESSIONAL");

        // Forem imports its sessions as a CSV file: 400 h of French over 50 days, 4 h of orientation
        StringBuilder csv = new StringBuilder("enrolmentId;sessionDate;hours;reference\n");
        for (int day = 0; day < 50; day++) {
            csv.append(french).append(';').append(TODAY.minusDays(170 - day)).append(";8;FR-").append(day)
                    .append('\n');
        }
        csv.append(orientation).append(';').append(TODAY.minusDays(100)).append(";4;ISP-1\n");
        String importKey = UUID.randomUUID().toString();
        importFile(csv.toString(), importKey).then().statusCode(200)
                .body("recorded", equalTo(51))
                .body("errors.size()", equalTo(0));
        long afterImport = database.snapshot(file.fileId()).attendanceEntries();
        importFile(csv.toString(), importKey).then().statusCode(200)
                .header("Idempotency-Replayed", "true").body("recorded", equalTo(51));
        importFile(csv.toString(), UUID.randomUUID().toString()).then().statusCode(200)
                .body("recorded", equalTo(0)).body("duplicates", equalTo(51));
        assertThat(database.snapshot(file.fileId()).attendanceEntries()).isEqualTo(afterImport);
        file.get().then()
                .body("axes.find { it.axis == 'FRENCH' }.doneOn", equalTo(TODAY.minusDays(121).toString()))
                .body("axes.find { it.axis == 'SOCIO_PROFESSIONAL' }.hoursDone", equalTo(4.0f))
                .body("state", equalTo("IN_PROGRESS"));

        // ILI's trainer posts citizenship: a session entered by mistake is reversed, with a reason
        String mistake = post(citizenship, TODAY.minusDays(95), "2", UUID.randomUUID().toString())
                .then().statusCode(201).extract().path("entry.id");
        Tokens.as(Tokens.TRAINER_ILI).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("reverse", true, "reason", "Absente ce jour-là"))
                .post("/api/v1/enrolments/" + citizenship + "/attendance/" + mistake + "/corrections").then()
                .statusCode(201);
        // a replayed posting returns the first answer and records nothing
        String key = UUID.randomUUID().toString();
        Response first = post(citizenship, TODAY.minusDays(90), "7.5", key);
        first.then().statusCode(201);
        long entries = database.snapshot(file.fileId()).attendanceEntries();
        Response replay = post(citizenship, TODAY.minusDays(90), "7.5", key);
        replay.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertThat(replay.asString()).isEqualTo(first.asString());
        assertThat(database.snapshot(file.fileId()).attendanceEntries()).isEqualTo(entries);
        // ILI cannot post for the person's orientation, which Forem gives: 404, nothing recorded
        post(orientation, TODAY.minusDays(89), "2", UUID.randomUUID().toString()).then().statusCode(404);
        assertThat(database.snapshot(file.fileId()).attendanceEntries()).isEqualTo(entries);
        Response last = null;
        for (int day = 1; day < 8; day++) {
            last = post(citizenship, TODAY.minusDays(90 - day), "7.5", UUID.randomUUID().toString());
            last.then().statusCode(201);
        }
        last.then().body("axis.hoursDone", equalTo(60.0f)).body("parcoursCompleted", equalTo(true));
        file.get().then().body("state", equalTo("COMPLETED"))
                .body("axes.findAll { it.required }.doneOn", everyItem(org.hamcrest.Matchers.notNullValue()));

        // the supervisor issues the attestation; its PDF is the one stored, hash and all
        Response issued = file.post("attestation", Map.of());
        issued.then().statusCode(201)
                .body("content.axes.find { it.axis == 'CITIZENSHIP' }.hoursAttended", equalTo(60.0f))
                .body("content.axes.find { it.axis == 'FRENCH' }.hoursAttended", equalTo(400.0f));
        String number = issued.path("number");
        byte[] pdf = Tokens.as(Tokens.AGENT_CRIPEL).get(file.url("attestation/pdf")).then().statusCode(200)
                .extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .isEqualTo(issued.path("pdfSha256"));

        // the commune's and the CPAS's clients fetch their copy and acknowledge it
        for (String client : List.of(Tokens.COMMUNE_LIEGE, Tokens.CPAS_LIEGE)) {
            String copy = copyOf(client, number);
            Tokens.as(client).get("/api/v1/transmissions/" + copy + "/pdf").then().statusCode(200);
            Tokens.as(client).post("/api/v1/transmissions/" + copy + "/acknowledgements").then().statusCode(200)
                    .body("status", equalTo("ACKNOWLEDGED"));
        }
        // another commune asking for Liège's copy gets 404, and the copy is not counted as fetched
        String liegeCopy = copyOf(Tokens.COMMUNE_LIEGE, number);
        int fetched = Tokens.as(Tokens.AGENT_CRIPEL).get(file.url("attestation")).then().extract()
                .path("transmissions.find { it.recipientKind == 'COMMUNE' }.fetchCount");
        for (String path : List.of("", "/pdf")) {
            Tokens.client("commune-92094").get("/api/v1/transmissions/" + liegeCopy + path).then().statusCode(404);
            Tokens.as(Tokens.CPAS_LIEGE).get("/api/v1/transmissions/" + liegeCopy + path).then().statusCode(404);
        }
        Tokens.client("commune-92094").post("/api/v1/transmissions/" + liegeCopy + "/acknowledgements").then()
                .statusCode(404);
        Tokens.as(Tokens.AGENT_CRIPEL).get(file.url("attestation")).then()
                .body("transmissions.find { it.recipientKind == 'COMMUNE' }.fetchCount", equalTo(fetched));
        Tokens.as(Tokens.AGENT_CRIPEL).get(file.url("attestation")).then()
                .body("transmissions.status", everyItem(equalTo("ACKNOWLEDGED")));

        // the public verification: valid, then revoked
        String code = issued.path("verificationCode");
        RestAssured.get("/api/v1/public/attestations/" + code).then().statusCode(200)
                .body("status", equalTo("VALID"));
        file.post("attestation/revocation", Map.of("reason", "Erreur d'encodage")).then().statusCode(200);
        RestAssured.get("/api/v1/public/attestations/" + code).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
    }

    private static String enrol(CaseFileSteps file, String operator, String axis) {
        return file.post("enrolments", Map.of("operatorCode", operator, "axis", axis, "startDate",
                TODAY.minusDays(180).toString())).then().statusCode(201).extract().path("id");
    }

    private static Response importFile(String csv, String key) {
        return Tokens.as(Tokens.TRAINER_FOREM).contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .post("/api/v1/operators/FOREM-LIEGE/attendanceImports?mode=allOrNothing");
    }

    private static Response post(String enrolment, LocalDate day, String hours, String key) {
        return Tokens.as(Tokens.TRAINER_ILI).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("sessionDate", day.toString(), "hours", hours))
                .post("/api/v1/enrolments/" + enrolment + "/attendance");
    }

    /** Polls the client's feed from the start until the copy of the attestation {@code number} comes. */
    private static String copyOf(String client, String number) {
        long since = 0;
        while (true) {
            Response feed = Tokens.as(client).queryParam("limit", 200).queryParam("since", since)
                    .get("/api/v1/transmissions");
            feed.then().statusCode(200);
            List<Map<String, Object>> items = feed.path("items");
            var copy = items.stream().filter(item -> number.equals(item.get("attestationNumber")))
                    .map(item -> (String) item.get("id")).findFirst();
            if (copy.isPresent()) {
                return copy.get();
            }
            long next = ((Number) feed.path("nextCursor")).longValue();
            assertThat(next).as("the copy of %s is in the feed", number).isGreaterThan(since);
            since = next;
        }
    }
}
