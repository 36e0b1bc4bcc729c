package be.wallonie.parcours.api.benchmark;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.wallonie.parcours.api.audit.SchemaOwner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;

/**
 * How long an operator's import takes against its anchor in the same run: files of 6,000 and 50,000 lines (the most
 * the endpoint accepts) imported over HTTP, and a {@code COPY} of as many rows into a scratch copy of
 * {@code attendance_entry}. Each file is a quarter hour a line for 32 persons of its own, enrolled in French with
 * FOREM-LIEGE, 32 lines a person a day (the 8 hours a day). Then the same file again under the same key (the first
 * answer replayed) and under a new key (every line a duplicate). Not a timed test: it measures the requests and the
 * heap, and writes {@code target/benchmarks/attendance-import.md} (reference run in {@code docs/benchmarks/}). Run
 * with {@code ./mvnw -o verify -pl domain,api -Pbenchmarks -Dtest=AttendanceImportBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("benchmark")
class AttendanceImportBenchmarkTest {

    private static final int[] SIZES = {6_000, 50_000};
    private static final int PERSONS = 32;
    private static final int WARM_UP_LINES = 2_000;
    private static final int WARM_UP_PERSONS = 8;
    private static final int DAYS = 49;
    private static final int LINES_A_DAY = 32;
    private static final RestAssuredConfig PATIENT = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 1_800_000));

    record Run(int lines, long copyMillis, long importMillis, long replayMillis, long duplicatesMillis,
            long heapBefore, long heapAfter, long heapAfterGc) {
    }

    @Test
    void measuresImportsOfSixThousandAndFiftyThousandLinesAgainstCopy() throws Exception {
        run(WARM_UP_LINES, WARM_UP_PERSONS, new StringBuilder()); // the JIT, the pool, the statements' plans
        List<Run> runs = new ArrayList<>();
        StringBuilder sizes = new StringBuilder();
        for (int size : SIZES) {
            runs.add(run(size, PERSONS, sizes));
        }
        Runtime runtime = Runtime.getRuntime();
        StringBuilder text = new StringBuilder(
                """
                        # Benchmark: an operator's import against COPY

                        %s, %d CPUs, max heap %d MiB. %s Each file: all-or-nothing, a quarter hour a line for %d persons of
                        its own enrolled in French with FOREM-LIEGE, %d lines a person a day; one request over HTTP, in one
                        transaction. Anchor: `COPY` of as many rows into a scratch copy of `attendance_entry` (same run, same
                        database). Heap: used heap of the JVM that serves the request (the test's too), after a GC before the
                        request, right after it, and after a GC. A first import of %,d lines for %d other persons warms the JVM up.

                        | Lines | COPY | Import | Import ÷ COPY | Lines a second | Replay, same key | Again, new key (all duplicates) | Heap before / after / after GC |
                        |---|---|---|---|---|---|---|---|
                        """
                        .formatted(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), runtime.availableProcessors(),
                                runtime.maxMemory() / (1024 * 1024), sizes, PERSONS, LINES_A_DAY, WARM_UP_LINES,
                                WARM_UP_PERSONS));
        for (Run run : runs) {
            text.append("| %,d | %.2f s | %.2f s | %.1f× | %,d | %.2f s | %.2f s | %d / %d / %d MiB |%n".formatted(
                    run.lines(), run.copyMillis() / 1000.0, run.importMillis() / 1000.0,
                    run.importMillis() / (double) Math.max(1, run.copyMillis()),
                    run.lines() * 1000L / Math.max(1, run.importMillis()), run.replayMillis() / 1000.0,
                    run.duplicatesMillis() / 1000.0, run.heapBefore() >> 20, run.heapAfter() >> 20,
                    run.heapAfterGc() >> 20));
        }
        Path file = Path.of("target", "benchmarks", "attendance-import.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.println(text);
    }

    private Run run(int lines, int personCount, StringBuilder sizes) throws IOException, SQLException {
        List<String> enrolments = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < personCount; i++) {
            CaseFileSteps steps = new CaseFileSteps("agent.cripel");
            String person = CaseFileSteps.registerPerson("agent.cripel", TODAY.minusMonths(4), false);
            persons.add(person);
            steps.open(person, TODAY.minusMonths(3));
            steps.receptionAndSignature(TODAY.minusMonths(3), "A1", false, TODAY.minusMonths(3));
            enrolments.add(steps.post("enrolments", Map.of("operatorCode", "FOREM-LIEGE", "axis", "FRENCH",
                    "startDate", TODAY.minusDays(DAYS + 5).toString())).then().statusCode(201).extract().path("id"));
        }
        StringBuilder csv = new StringBuilder("enrolmentId;sessionDate;hours;reference\n");
        int written = 0;
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int day = 0; day < DAYS && written < lines; day++) {
            LocalDate session = TODAY.minusDays(DAYS - day);
            for (String enrolment : enrolments) {
                for (int slot = 0; slot < LINES_A_DAY && written < lines; slot++) {
                    written++;
                    csv.append(enrolment).append(';').append(session).append(";0.25;").append(batch).append('-')
                            .append(written).append('\n');
                }
            }
        }
        assertThat(written).isEqualTo(lines);
        String body = csv.toString();
        sizes.append("%,d lines (%,d KiB).".formatted(lines, body.length() / 1024)).append(' ');

        long copyMillis = copyAnchor(lines, enrolments.get(0), persons.get(0));

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        String key = UUID.randomUUID().toString();
        long start = System.nanoTime();
        Response report = post(key, body);
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.gc();
        long heapAfterGc = runtime.totalMemory() - runtime.freeMemory();
        report.then().statusCode(200);
        assertThat((int) report.path("recorded")).as("lines recorded").isEqualTo(lines);

        start = System.nanoTime();
        Response replay = post(key, body);
        long replayMillis = (System.nanoTime() - start) / 1_000_000;
        replay.then().statusCode(200).header("Idempotency-Replayed", "true");
        assertThat(replay.asString()).isEqualTo(report.asString());

        start = System.nanoTime();
        Response again = post(UUID.randomUUID().toString(), body);
        long duplicatesMillis = (System.nanoTime() - start) / 1_000_000;
        again.then().statusCode(200);
        assertThat((int) again.path("recorded")).isZero();
        assertThat((int) again.path("duplicates")).isEqualTo(lines);
        return new Run(lines, copyMillis, importMillis, replayMillis, duplicatesMillis, heapBefore, heapAfter,
                heapAfterGc);
    }

    private static Response post(String key, String body) {
        return Tokens.as(Tokens.TRAINER_FOREM).config(PATIENT).contentType("text/csv")
                .header("Idempotency-Key", key).queryParam("mode", "allOrNothing")
                .body(body).post("/api/v1/operators/FOREM-LIEGE/attendanceImports");
    }

    /** The time to COPY {@code rows} entries, of the import's shape, into a scratch copy of the entry table. */
    private long copyAnchor(int rows, String enrolmentId, String personId) throws SQLException, IOException {
        StringBuilder data = new StringBuilder();
        Instant at = Instant.now();
        for (int i = 0; i < rows; i++) {
            data.append(UUID.randomUUID()).append("\tSESSION\t").append(enrolmentId).append('\t')
                    .append(UUID.randomUUID()).append('\t').append(personId).append("\tFOREM-LIEGE\tFRENCH\t")
                    .append(TODAY.minusDays(i % DAYS)).append("\t0.25\tformateur.forem\t").append(at).append('\n');
        }
        // as the schema's owner: the application's role may not create tables (docs/adr/0028)
        try (Connection connection = SchemaOwner.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists attendance_entry_scratch");
            statement.execute("create table attendance_entry_scratch (like attendance_entry including all)");
            long start = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy attendance_entry_scratch (id, kind, enrolment_id, case_file_id, person_id, operator_code,
                                                   axis, session_date, hours, recorded_by, recorded_at) from stdin""",
                    new StringReader(data.toString()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            statement.execute("drop table attendance_entry_scratch");
            assertThat(copied).isEqualTo(rows);
            return millis;
        }
    }
}
