package be.wallonie.parcours.api.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.badinput.BadInputRun.Result;
import be.wallonie.parcours.api.badinput.BadInputRun.Settings;

/**
 * Generated bad input, driven by the OpenAPI document (ADR 0025): for every operation, as a caller allowed to use it,
 * on real records, the example body changed in one place, broken bodies, bad query and path values and odd headers.
 * No answer is a 5xx; every 4xx is a problem with a type; no body shows a class, SQL or a stack; a refused request
 * changes no row. A failure is shrunk to the smallest request that still fails and named with its seed. A few
 * thousand requests here ({@code -Dbadinput.requests}); the benchmark sends 100,000. The report of the run is written
 * to {@code target/bad-input/suite.md}.
 */
@QuarkusTest
class BadInputSuiteTest {

    private static final int REQUESTS = 2_000;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyBadRequestIsAnsweredWithAProblemThatLeaksNothingAndChangesNothing() {
        List<ApiOperation> operations = BadInputSuite.operations();
        assertThat(operations).as("operations of the document missing from Targets (say who calls them, on what)")
                .filteredOn(operation -> !Targets.knows(operation)).isEmpty();
        Settings settings = BadInputSuite.settings(REQUESTS, 8);
        Result result = BadInputSuite.run(dataSource, base.toString(), operations, settings);
        String report = BadInputReport.of("Bad input: the suite's run", result, settings, operations,
                "./mvnw -o -pl domain,api -am test -Dtest=BadInputSuiteTest -Dsurefire.failIfNoSpecifiedTests=false"
                        + BadInputSuite.reproduce(settings));
        BadInputSuite.write(Path.of("target", "bad-input", "suite.md"), report);
        assertThat(result.statuses.keySet()).as("operations that answered").hasSize(operations.size());
        assertThat(result.untolerated()).as(report).isEmpty();
    }
}
