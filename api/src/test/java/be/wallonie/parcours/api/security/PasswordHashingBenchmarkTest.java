package be.wallonie.parcours.api.security;

import static io.restassured.RestAssured.given;

import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The measurement behind the bcrypt cost of ADR 0026 (figures in docs/benchmarks/password-hashing.md). Run only on
 * demand: {@code ./mvnw -o -q -pl domain,api test -Dtest=PasswordHashingBenchmarkTest -Dbenchmark=true}; it prints
 * milliseconds per hash at each cost (elapsed and CPU time of the thread) and the latency of a staff sign-in.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PasswordHashingBenchmarkTest {

    @Test
    void measuresHashingAtEachCostAndTheSignInLatency() {
        var threads = ManagementFactory.getThreadMXBean();
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        for (int i = 0; i < 20; i++) {
            OpenBSDBCrypt.generate("2b", "warm-up".toCharArray(), salt, 8);
        }
        for (int cost = 10; cost <= 13; cost++) {
            int runs = cost <= 11 ? 15 : 5;
            long[] elapsed = new long[runs];
            long[] cpu = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                OpenBSDBCrypt.generate("2b", "Parcours-Demo-2026".toCharArray(), salt, cost);
                cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
                elapsed[i] = System.nanoTime() - start;
            }
            System.out.printf("BENCHMARK cost %d: elapsed median %.0f ms (min %.0f), CPU median %.0f ms%n", cost,
                    median(elapsed), min(elapsed), median(cpu));
        }
        int signIns = 20;
        long[] latency = new long[signIns];
        for (int i = -3; i < signIns; i++) {
            long start = System.nanoTime();
            given().contentType(ContentType.JSON)
                    .body(Map.of("grantType", "password", "username", "agent.cripel", "password", Tokens.PASSWORD))
                    .post("/api/v1/auth/token").then().statusCode(200);
            if (i >= 0) {
                latency[i] = System.nanoTime() - start;
            }
        }
        System.out.printf("BENCHMARK staff sign-in, hash at parcours.auth.password-cost: median %.0f ms (min %.0f)%n",
                median(latency), min(latency));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }
}
