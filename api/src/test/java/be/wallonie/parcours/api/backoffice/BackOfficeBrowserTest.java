package be.wallonie.parcours.api.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The back office in a real browser (Debian's Chromium, driven by playwright-core) against the real application and
 * its real PostgreSQL: runs the end-to-end scripts of backoffice-ui/e2e with Node's test runner.
 */
@QuarkusTest
@TestProfile(BackOfficeBrowserTest.WithBackOffice.class)
class BackOfficeBrowserTest {

    /** Quinoa serves the back office in this test only (it is off in tests by default, to keep them fast). */
    public static class WithBackOffice implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.quinoa", "true", "quarkus.quinoa.run-tests", "false");
        }
    }

    private static final Path UI = Path.of("..", "backoffice-ui");

    @TestHTTPResource("/")
    URL application;

    /**
     * Every journey ({@code npm run e2e}), or only those named by {@code -De2e=cri-journey,french-only} (the files
     * {@code e2e/<name>.e2e.mjs}), to run the journeys a change touches.
     */
    private static List<String> command() {
        String only = System.getProperty("e2e", "").strip();
        if (only.isEmpty()) {
            return List.of("npm", "run", "--silent", "e2e");
        }
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-concurrency=1"));
        for (String name : only.split(",")) {
            command.add("e2e/" + name.strip() + ".e2e.mjs");
        }
        return command;
    }

    @Test
    void backOfficeJourneysPassInChromium() throws IOException, InterruptedException {
        Path report = Path.of("target", "e2e-report.tap").toAbsolutePath();
        ProcessBuilder npm = new ProcessBuilder(command())
                .directory(UI.toFile())
                .redirectErrorStream(true)
                .redirectOutput(report.toFile());
        npm.environment().put("PARCOURS_BASE_URL", application.toString());
        Process run = npm.start();
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        String tap = Files.readString(report);
        assertThat(finished).as("the browser journeys finish within 10 minutes:%n%s", tap).isTrue();
        assertThat(run.exitValue()).as("every browser journey passes (report in %s):%n%s", report, tap).isZero();
        assertThat(tap).contains("# fail 0").doesNotContain("# pass 0");
    }
}
