package be.wallonie.parcours.api.benchmark;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;

/**
 * How long an operator's largest import takes: one file of 50,000 lines (the most the endpoint accepts), a quarter
 * hour each, for 32 persons enrolled in French with FOREM-LIEGE (32 lines a person a day, within the 8 hours a day,
 * over 49 days). Not a timed test: it measures the request and the heap, and writes
 * {@code target/benchmarks/attendance-import.md} (reference run in {@code docs/benchmarks/}). Run with
 * {@code ./mvnw verify -pl domain,api -Pbenchmarks}.
 */
@QuarkusTest
@Tag("benchmark")
class AttendanceImportBenchmarkTest {

    /** The lines of the file: 50,000 by default, fewer with {@code -Dbenchmark.import.lines=5000}. */
    private static final int LINES = Integer.getInteger("benchmark.import.lines", 50_000);
    private static final int PERSONS = 32;
    private static final int DAYS = 49;
    private static final int LINES_A_DAY = 32;

    @Test
    void measuresAnImportOfFiftyThousandLines() throws IOException {
        List<String> enrolments = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            CaseFileSteps steps = new CaseFileSteps("agent.cripel");
            steps.open(CaseFileSteps.registerPerson("agent.cripel", TODAY.minusMonths(4), false),
                    TODAY.minusMonths(3));
            steps.receptionAndSignature(TODAY.minusMonths(3), "A1", false, TODAY.minusMonths(3));
            enrolments.add(steps.post("enrolments", Map.of("operatorCode", "FOREM-LIEGE", "axis", "FRENCH",
                    "startDate", TODAY.minusDays(DAYS + 5).toString())).then().statusCode(201).extract().path("id"));
        }
        StringBuilder csv = new StringBuilder("enrolmentId;sessionDate;hours;reference\n");
        int lines = 0;
        for (int day = 0; day < DAYS; day++) {
            LocalDate session = TODAY.minusDays(DAYS - day);
            for (String enrolment : enrolments) {
                for (int slot = 0; slot < LINES_A_DAY && lines < LINES; slot++) {
                    lines++;
                    csv.append(enrolment).append(';').append(session).append(";0.25;B").append(lines).append('\n');
                }
            }
        }
        assertThat(lines).isEqualTo(LINES);

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        Response report = Tokens.as(Tokens.TRAINER_FOREM)
                .config(RestAssuredConfig.config().httpClient(
                        HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 1_800_000)))
                .contentType("text/csv")
                .header("Idempotency-Key", UUID.randomUUID().toString()).queryParam("mode", "allOrNothing")
                .body(csv.toString()).post("/api/v1/operators/FOREM-LIEGE/attendanceImports");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        report.then().statusCode(200);
        int recorded = report.path("recorded");
        assertThat(recorded).as("lines recorded").isEqualTo(LINES);

        String text = """
                # Benchmark: an operator's import of %d lines

                %s, %d CPUs, max heap %d MiB. One CSV file of %d lines (%d KiB), all-or-nothing, one
                quarter hour a line for %d persons enrolled in French with FOREM-LIEGE, %d lines a person a day over
                %d days; one request over HTTP, in one transaction.

                | Lines recorded | Time | Lines a second | Heap used after − before (approximate) |
                |---|---|---|---|
                | %d | %.1f s | %d | %d MiB |
                """.formatted(LINES, LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES),
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024), LINES, csv.length() / 1024, PERSONS,
                LINES_A_DAY, DAYS, recorded,
                millis / 1000.0, recorded * 1000L / Math.max(1, millis), (heapAfter - heapBefore) / (1024 * 1024));
        Path file = Path.of("target", "benchmarks", "attendance-import-" + LINES + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.println(text);
    }
}
