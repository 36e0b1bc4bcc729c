package be.wallonie.parcours.api.logscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No personal data in the logs, proven on the test suite's own log: run by the {@code log-scan} execution of Surefire,
 * after every other test of the api module (api/pom.xml), over the log the Quarkus applications of the tests wrote
 * ({@code %test.quarkus.log.file.*}, target/test-logs) and any output Surefire kept in a file. A hit fails the build,
 * naming the file and the line.
 */
@Tag("log-scan")
class TestSuiteLogTest {

    private static final Path LOGS = Path.of("target", "test-logs");
    private static final Path SUREFIRE = Path.of("target", "surefire-reports");
    /** Where the tests' birth dates are written: the api's and the domain's tests, and the demo accounts' data. */
    private static final List<Path> SOURCES = List.of(Path.of("src", "test"), Path.of("..", "domain", "src", "test"),
            Path.of("src", "main", "resources", "db", "demo"));

    @Test
    void theTestSuitesLogHoldsNoNationalNumberNorBirthDate() throws IOException {
        List<Path> logs = logs();
        assertThat(logs).as("the test suite's log in %s (run the api tests first)", LOGS.toAbsolutePath())
                .isNotEmpty();
        PersonalDataInLogs scanner = new PersonalDataInLogs(PersonalDataInLogs.birthDatesUnder(SOURCES));
        List<PersonalDataInLogs.Hit> hits = new ArrayList<>();
        for (Path log : logs) {
            hits.addAll(scanner.scan(log));
        }
        assertThat(hits).as("personal data in the test suite's log (file:line)").isEmpty();
    }

    private static List<Path> logs() throws IOException {
        List<Path> logs = new ArrayList<>();
        if (Files.isDirectory(LOGS)) {
            try (Stream<Path> files = Files.list(LOGS)) {
                files.filter(Files::isRegularFile).sorted().forEach(logs::add);
            }
        }
        if (Files.isDirectory(SUREFIRE)) {
            try (Stream<Path> files = Files.list(SUREFIRE)) {
                files.filter(file -> file.getFileName().toString().endsWith("-output.txt")).sorted()
                        .forEach(logs::add);
            }
        }
        return logs;
    }
}
