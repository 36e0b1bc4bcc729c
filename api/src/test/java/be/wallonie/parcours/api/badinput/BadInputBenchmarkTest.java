package be.wallonie.parcours.api.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.badinput.BadInputRun.Result;
import be.wallonie.parcours.api.badinput.BadInputRun.Settings;

/**
 * The bad-input suite's large run: 100,000 generated requests ({@code -Dbadinput.requests}) over every operation of
 * the document, with the same rules as {@link BadInputSuiteTest}. It writes its report (requests, operations,
 * statuses per operation, failures, duration, seed, the command that reproduces it) to
 * {@code target/benchmarks/bad-input.md}; the reference run is kept in {@code docs/benchmarks/bad-input.md}. Run
 * with {@code ./mvnw -o test -pl domain,api -am -Pbenchmarks -Dtest=BadInputBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. Tokens live long here: the run outlasts the 15 minutes of a token
 * that the fixtures' steps keep.
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(BadInputBenchmarkTest.LongRun.class)
class BadInputBenchmarkTest {

    private static final int REQUESTS = 100_000;

    public static class LongRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the issuer's lifetime, and the most the verifier accepts (smallrye.jwt.time-to-live)
            return Map.of("parcours.auth.access-token-lifetime", "PT12H", "smallrye.jwt.new-token.lifespan", "43200",
                    "smallrye.jwt.time-to-live", "43200");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    @Test
    void oneHundredThousandBadRequestsAreAnsweredWithProblemsThatLeakNothingAndChangeNothing() {
        List<ApiOperation> operations = BadInputSuite.operations();
        assertThat(operations).filteredOn(operation -> !Targets.knows(operation)).isEmpty();
        Settings settings = BadInputSuite.settings(REQUESTS, 25);
        Result result = BadInputSuite.run(dataSource, base.toString(), operations, settings);
        String report = BadInputReport.of("Benchmark: %,d bad requests".formatted(settings.requests()), result,
                settings, operations, "./mvnw -o test -pl domain,api -am -Pbenchmarks -Dtest=BadInputBenchmarkTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false" + BadInputSuite.reproduce(settings));
        BadInputSuite.write(Path.of("target", "benchmarks", "bad-input.md"), report);
        System.out.println(report);
        assertThat(result.statuses.keySet()).hasSize(operations.size());
        assertThat(result.untolerated()).as(report).isEmpty();
    }
}
