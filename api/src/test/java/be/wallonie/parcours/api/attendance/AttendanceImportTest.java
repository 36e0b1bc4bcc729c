package be.wallonie.parcours.api.attendance;

import static be.wallonie.parcours.api.attendance.AttendanceSteps.STARTED;
import static be.wallonie.parcours.api.attendance.AttendanceSteps.importFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;

/**
 * An operator's attendance files through HTTP: each line checked for form then by the ledger's rules, reported with
 * its number, column and message; all or nothing, or the valid lines only; idempotent per file and per line reference;
 * the export streamed, safe to open in a spreadsheet.
 */
@QuarkusTest
class AttendanceImportTest {

    private static final String HEADER = "enrolmentId;sessionDate;hours;reference\n";

    @Inject
    AttendanceDatabase database;

    private static String ref() {
        return "ILI-" + UUID.randomUUID();
    }

    @Test
    void anAllOrNothingFileWithALineInErrorRecordsNothingAndListsTheErrorsPerLine() {
        AttendanceSteps steps = new AttendanceSteps();
        String csv = HEADER
                + steps.enrolmentId + ";" + STARTED + ";3;" + ref() + "\n"
                + steps.enrolmentId + ";" + STARTED.plusDays(1) + ";2,3;" + ref() + "\n"
                + steps.enrolmentId + ";" + STARTED.minusDays(1) + ";2;" + ref() + "\n";

        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", null, UUID.randomUUID().toString(), csv).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:import-rejected"))
                .body("errors.size()", equalTo(2))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].field", equalTo("hours"))
                .body("errors[0].message", equalTo("doit être un nombre entier de quarts d'heure (2, 2,25, 2,5, "
                        + "2,75…)"))
                .body("errors[1].line", equalTo(4))
                .body("errors[1].field", equalTo("sessionDate"))
                .body("errors[1].message", equalTo("La séance précède le début de l'inscription."));
        assertThat(database.entries(steps.enrolmentId)).isZero();
    }

    @Test
    void anAcceptValidFileRecordsTheValidLinesAndReportsTheOthers() {
        AttendanceSteps steps = new AttendanceSteps();
        String forem = steps.enrol("FOREM-LIEGE", "SOCIO_PROFESSIONAL");
        String csv = HEADER
                + steps.enrolmentId + ";" + STARTED + ";3;" + ref() + "\n"
                + "\n"
                + steps.enrolmentId + ";" + STARTED + ";6;" + ref() + "\n"
                + forem + ";" + STARTED.plusDays(1) + ";2;" + ref() + "\n"
                + UUID.randomUUID() + ";" + STARTED.plusDays(1) + ";2;" + ref() + "\n"
                + steps.enrolmentId + ";" + STARTED.plusDays(1) + ";2,75;" + ref() + "\n";
        String key = UUID.randomUUID().toString();

        Response report = Tokens.as(Tokens.TRAINER_ILI).header("Accept-Language", "en")
                .contentType("text/csv").header("Idempotency-Key", key).queryParam("mode", "acceptValid")
                .body(csv).post("/api/v1/operators/ILI-LIEGE/attendanceImports");
        report.then().statusCode(200)
                .body("linesRead", equalTo(5))
                .body("recorded", equalTo(2))
                .body("rejected", equalTo(3))
                .body("duplicates", equalTo(0))
                .body("errors.line", org.hamcrest.Matchers.contains(4, 5, 6))
                .body("errors[0].field", equalTo("hours"))
                .body("errors[0].message", equalTo("The person would exceed the maximum of hours a day, every axis "
                        + "and operator together."))
                // another operator's enrolment reads exactly as an unknown one
                .body("errors[1].field", equalTo("enrolmentId"))
                .body("errors[1].message", equalTo("unknown enrolment with your operator"))
                .body("errors[2].message", equalTo("unknown enrolment with your operator"));
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(2);
        assertThat(database.entries(forem)).isZero();

        // the same file with the same key: the same report, nothing recorded
        Response replay = Tokens.as(Tokens.TRAINER_ILI).header("Accept-Language", "en")
                .contentType("text/csv").header("Idempotency-Key", key).queryParam("mode", "acceptValid")
                .body(csv).post("/api/v1/operators/ILI-LIEGE/attendanceImports");
        replay.then().statusCode(200).header("Idempotency-Replayed", equalTo("true"));
        assertThat(replay.asString()).isEqualTo(report.asString());
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(2);

        // the same file with a new key: its lines already imported are skipped by their reference
        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "acceptValid", UUID.randomUUID().toString(), csv).then()
                .statusCode(200)
                .header("Idempotency-Replayed", nullValue())
                .body("recorded", equalTo(0))
                .body("duplicates", equalTo(2));
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(2);

        // the same key with another file is refused
        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "acceptValid", key, csv + "\n" + steps.enrolmentId + ";"
                + STARTED.plusDays(2) + ";1;\n").then().statusCode(409)
                .body("type", equalTo("urn:parcours:problem:idempotency-key-reused"));
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(2);
    }

    @Test
    void aFileOfNineHundredLinesSentAgainRecordsNothing() {
        AttendanceSteps steps = new AttendanceSteps();
        StringBuilder csv = new StringBuilder(HEADER);
        String batch = ref();
        int lines = 0;
        for (int day = 0; day < 30; day++) {
            for (int slot = 0; slot < 30; slot++) { // 7.5 hours a day, within the maximum
                csv.append(steps.enrolmentId).append(';').append(STARTED.plusDays(day)).append(";0,25;")
                        .append(batch).append('-').append(++lines).append('\n');
            }
        }
        String key = UUID.randomUUID().toString();

        Response first = importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "allOrNothing", key, csv.toString());
        first.then().statusCode(200).body("linesRead", equalTo(900)).body("recorded", equalTo(900))
                .body("rejected", equalTo(0)).body("errors.size()", equalTo(0));
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(900);

        // same key: the first answer again, nothing recorded
        Response replay = importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "allOrNothing", key, csv.toString());
        replay.then().statusCode(200).header("Idempotency-Replayed", equalTo("true"));
        assertThat(replay.asString()).isEqualTo(first.asString());
        // new key: every line is a duplicate of its reference
        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "allOrNothing", UUID.randomUUID().toString(), csv.toString())
                .then().statusCode(200).body("recorded", equalTo(0)).body("duplicates", equalTo(900))
                .body("rejected", equalTo(0));
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(900);
        assertThat(database.totalsDifferingFromEntries()).isZero();
    }

    @Test
    void anImportedLineCountsTheLedgersDayAndTheLinesBeforeItAgainstTheDailyMaximum() {
        AttendanceSteps steps = new AttendanceSteps();
        AttendanceSteps.post(steps.enrolmentId, STARTED, 5).then().statusCode(201);
        String csv = HEADER
                + steps.enrolmentId + ";" + STARTED + ";2;" + ref() + "\n" // 7
                + steps.enrolmentId + ";" + STARTED + ";2;" + ref() + "\n" // 9: refused
                + steps.enrolmentId + ";" + STARTED + ";1;" + ref() + "\n" // 8
                + steps.enrolmentId + ";" + CaseFileSteps.TODAY.plusDays(1) + ";1;" + ref() + "\n";

        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "acceptValid", UUID.randomUUID().toString(), csv).then()
                .statusCode(200)
                .body("recorded", equalTo(2))
                .body("rejected", equalTo(2))
                .body("errors.line", org.hamcrest.Matchers.contains(3, 5))
                .body("errors.field", org.hamcrest.Matchers.contains("hours", "sessionDate"));
        assertThat(database.entriesOnDay(steps.personId, STARTED)).isEqualByComparingTo("8");
        assertThat(database.totalsDifferingFromEntries()).isZero();
    }

    @Test
    void anImportedLineAfterTheEnrolmentsEndIsRefusedAndOneBeforeItRecorded() {
        AttendanceSteps steps = new AttendanceSteps();
        steps.file.post("enrolments/" + steps.enrolmentId + "/completion", Map.of("on",
                STARTED.plusDays(5).toString())).then().statusCode(200);
        String csv = HEADER
                + steps.enrolmentId + ";" + STARTED.plusDays(3) + ";2;" + ref() + "\n"
                + steps.enrolmentId + ";" + STARTED.plusDays(6) + ";2;" + ref() + "\n";

        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "acceptValid", UUID.randomUUID().toString(), csv).then()
                .statusCode(200)
                .body("recorded", equalTo(1))
                .body("errors.line", org.hamcrest.Matchers.contains(3))
                .body("errors[0].field", equalTo("sessionDate"));
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(1);
    }

    @Test
    void anImportThatCompletesTheLastAxisCompletesTheCaseFileAsAPostingDoes() {
        AttendanceSteps steps = new AttendanceSteps();
        steps.file.post("frenchCertificates", Map.of("level", "A2", "certifiedOn",
                CaseFileSteps.TODAY.minusDays(5).toString(), "issuer", "Alliance française de Liège")).then()
                .statusCode(201);
        steps.file.post("workReleases", Map.of("releasedOn", CaseFileSteps.TODAY.minusDays(4).toString(),
                "evidence", "Contrat de travail")).then().statusCode(201);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int day = 0; day < 8; day++) {
            csv.append(steps.enrolmentId).append(';').append(STARTED.plusDays(day)).append(day < 7 ? ";8;" : ";4;")
                    .append(ref()).append('\n');
        }

        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "allOrNothing", UUID.randomUUID().toString(), csv.toString())
                .then().statusCode(200).body("recorded", equalTo(8));

        steps.file.get().then().body("state", equalTo("COMPLETED"));
        AttendanceSteps.post(steps.enrolmentId, STARTED.plusDays(10), 1).then().statusCode(409)
                .body("code", equalTo("ATTENDANCE_REFUSED.FILE_NOT_IN_PROGRESS"));
        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "acceptValid", UUID.randomUUID().toString(),
                HEADER + steps.enrolmentId + ";" + STARTED.plusDays(11) + ";1;" + ref() + "\n").then()
                .statusCode(200).body("rejected", equalTo(1)).body("errors[0].field", equalTo(""));
    }

    @Test
    void aTrainerImportsAndExportsOnlyForTheirOwnOperator() {
        AttendanceSteps steps = new AttendanceSteps();
        String csv = HEADER + steps.enrolmentId + ";" + STARTED + ";3;" + ref() + "\n";

        importFile(Tokens.TRAINER_FOREM, "ILI-LIEGE", "acceptValid", UUID.randomUUID().toString(), csv).then()
                .statusCode(404);
        Tokens.as(Tokens.TRAINER_FOREM).get("/api/v1/operators/ILI-LIEGE/attendance.csv").then().statusCode(404);
        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "acceptValid", null, csv).then().statusCode(400)
                .body("issues.field", hasItem("Idempotency-Key"));
        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "sometimes", UUID.randomUUID().toString(), csv).then()
                .statusCode(400).body("issues.field", hasItem("mode"));
        assertThat(database.entries(steps.enrolmentId)).isZero();
    }

    @Test
    void aFileOfMoreThanFiftyThousandLinesIsRefusedAsAWhole() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int line = 0; line <= AttendanceCsvReader.MAX_DATA_LINES; line++) {
            csv.append("x;y;z\n");
        }

        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "acceptValid", UUID.randomUUID().toString(), csv.toString())
                .then().statusCode(413)
                .body("type", equalTo("urn:parcours:problem:content-too-large"))
                .body("detail", containsString("50000"));
        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", null, UUID.randomUUID().toString(), "name;day\n").then()
                .statusCode(422).body("type", equalTo("urn:parcours:problem:import-rejected"));
    }

    @Test
    void theExportHoldsTheLinesAndNeutralisesFormulas() {
        AttendanceSteps steps = new AttendanceSteps();
        String formula = "=cmd|' /C calc'!A0";
        importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", null, UUID.randomUUID().toString(),
                HEADER + steps.enrolmentId + ";" + STARTED + ";3;\"" + formula + "-" + UUID.randomUUID() + "\"\n")
                .then().statusCode(200).body("recorded", equalTo(1));
        AttendanceSteps.post(Tokens.TRAINER_ILI, steps.enrolmentId, UUID.randomUUID().toString(),
                AttendanceSteps.session(STARTED.plusDays(1), 2.5, "=HYPERLINK(\"http://evil\")")).then()
                .statusCode(201);

        Response export = Tokens.as(Tokens.TRAINER_ILI).queryParam("from", STARTED.toString())
                .queryParam("to", STARTED.plusDays(1).toString()).get("/api/v1/operators/ILI-LIEGE/attendance.csv");
        export.then().log().ifValidationFails().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"));
        String text = new String(export.asByteArray(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFenrolmentId;sessionDate;hours;reference;");
        assertThat(text).contains(steps.enrolmentId + ";" + STARTED + ";3;'=cmd|' /C calc'!A0-");
        assertThat(text).contains(steps.enrolmentId + ";" + STARTED.plusDays(1) + ";2,5;;")
                .contains(";\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n");
        assertThat(text).doesNotContain(";=cmd").doesNotContain(";=HYPERLINK");
        assertThat(database.audits(steps.personId, "EXPORT")).isGreaterThanOrEqualTo(1);
    }
}
