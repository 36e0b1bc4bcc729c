package be.wallonie.parcours.api.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;

/**
 * How long a CRI agent waits for the case-file lists and work queues (the CRI home reads the four queues) when the
 * CRI follows hundreds of files: the demo data set at ten times its size (3,000 persons, about 640 files at CRIPEL).
 * Not a timed test: it measures and writes a report ({@code target/benchmarks/case-file-lists.md}; the reference run
 * is kept in {@code docs/benchmarks/}). Run with {@code ./mvnw verify -Pbenchmarks} (tag {@code benchmark}, left out
 * of the default build).
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(CaseFileListsBenchmarkTest.TenTimesTheDemo.class)
class CaseFileListsBenchmarkTest {

    public static class TenTimesTheDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parcours.demo.case-files.enabled", "true", "parcours.demo.case-files.persons", "3000");
        }
    }

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;
    private static final List<String> PATHS = List.of("/api/v1/caseFiles?pageSize=50",
            "/api/v1/caseFiles?pageSize=100", "/api/v1/caseFiles?queue=atRisk", "/api/v1/caseFiles?queue=overdue",
            "/api/v1/caseFiles?queue=reviewDue", "/api/v1/caseFiles?queue=new");

    @Test
    void measuresTheListsOfACriWithHundredsOfFiles() throws IOException {
        long followed = Tokens.as("agent.cripel").get("/api/v1/caseFiles?pageSize=1").then().statusCode(200)
                .extract().<Number>path("total").longValue();
        assertThat(followed).as("files of CRIPEL in the benchmark's data set").isGreaterThan(500);

        List<String> rows = new ArrayList<>();
        for (String path : PATHS) {
            long[] millis = measure(path);
            long total = Tokens.as("agent.cripel").get(path).then().statusCode(200).extract().<Number>path("total")
                    .longValue();
            rows.add("| `%s` | %d | %d | %d | %d |".formatted(path.substring("/api/v1".length()), total,
                    percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1]));
        }
        String report = """
                # Benchmark: case-file lists and work queues

                %s, %d CPUs, max heap %d MiB. Data set: the demo at 3,000 persons; CRIPEL holds %d files.
                User `agent.cripel`; %d warm-up requests, then %d timed requests per line, one at a time, over HTTP
                (the JWT check, the queries, the audit events of every listed file and the JSON included).

                | Request | Files in the answer (total) | p50 ms | p95 ms | max ms |
                |---|---|---|---|---|
                %s
                """.formatted(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                followed, WARM_UP, RUNS, String.join("\n", rows));
        Path file = Path.of("target", "benchmarks", "case-file-lists.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private static long[] measure(String path) {
        RequestSpecification agent = Tokens.as("agent.cripel");
        for (int i = 0; i < WARM_UP; i++) {
            agent.get(path).then().statusCode(200);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            agent.get(path).then().statusCode(200);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
