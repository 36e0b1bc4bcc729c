package be.wallonie.parcours.api.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import be.wallonie.parcours.api.attestation.CompletedCaseFiles;
import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.attestation.AttestationRenderer;

/**
 * What the Region's IT watches (docs/operations.md "Monitoring", docs/adr/0036): the request timings per route
 * template, the copies pending per commune, the attendance imports, the database pool; and the request id, answered and
 * carried by the log lines of the request.
 */
@QuarkusTest
class ObservabilityTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final AttestationRenderer FAKE_PDF = attestation -> ("%PDF-test " + attestation.number())
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    CompletedCaseFiles files;
    @Inject
    PendingTransmissions pendingTransmissions;
    @Inject
    ObjectMapper json;

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void theRequestTimerIsTaggedWithTheRouteTemplateNeverTheRawPath() {
        String id = UUID.randomUUID().toString();
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/caseFiles/" + id).then().statusCode(404);

        String metrics = metrics();
        assertThat(metrics).as("a bucket of the route's histogram").containsPattern(
                "http_server_requests_seconds_bucket\\{[^}]*uri=\"/caseFiles/\\{id}\"[^}]*le=\"0\\.1\"");
        assertThat(metrics).as("the raw path").doesNotContain(id);
    }

    @Test
    void theBackOfficesPagesAreTimedUnderOneRouteNeverTheirOwnPaths() {
        String id = UUID.randomUUID().toString();
        given().get("/case-files/" + id);

        String metrics = metrics();
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/back-office\"");
        assertThat(metrics).as("the raw path").doesNotContain(id);
    }

    @Test
    void theCopiesPendingAreCountedPerCommuneUntilAcknowledged() {
        var fileId = files.completedFile(PersonFixture.uniqueName("Gauge"), "Test", false);
        pendingTransmissions.count();
        double before = pendingInLiege(metrics());
        QuarkusTransaction.requiringNew().run(() -> files.issue(fileId, FAKE_PDF));

        String stale = metrics();
        assertThat(pendingInLiege(stale)).as("kept between two counts").isEqualTo(before);
        pendingTransmissions.count();
        assertThat(pendingInLiege(metrics())).as("after the next count").isEqualTo(before + 1);
    }

    @Test
    void anImportRefusedAsAWholeIsCountedAsRefused() {
        double before = sample(metrics(), "parcours_attendance_imports_total\\{outcome=\"refused\"}");
        Tokens.as(Tokens.TRAINER_ILI).contentType("text/csv; charset=UTF-8").body("name;day\n")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/operators/ILI-LIEGE/attendanceImports").then().statusCode(422);

        assertThat(sample(metrics(), "parcours_attendance_imports_total\\{outcome=\"refused\"}"))
                .isEqualTo(before + 1);
    }

    @Test
    void theDatabasePoolIsMeasured() {
        assertThat(metrics()).containsPattern("agroal_active_count\\{[^}]*datasource=\"default\"")
                .containsPattern("agroal_max_used_count\\{");
    }

    @Test
    void everyMetricTheGrafanaDashboardReadsIsExposed() throws Exception {
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/communes/62063").then().statusCode(200);
        var fileId = files.completedFile(PersonFixture.uniqueName("Dashboard"), "Test", false);
        QuarkusTransaction.requiringNew().run(() -> files.issue(fileId, FAKE_PDF));
        pendingTransmissions.count();
        String metrics = metrics();

        String dashboard = Files.readString(Path.of("..", "deploy", "grafana", "parcours.json"));
        Matcher name = Pattern.compile("([a-z_][a-z0-9_]*)\\{").matcher(dashboard);
        Set<String> read = new TreeSet<>();
        while (name.find()) {
            read.add(name.group(1));
        }
        read.remove("up"); // Prometheus' own
        assertThat(read).hasSizeGreaterThan(8).allSatisfy(metric -> assertThat(metrics).as(metric)
                .containsPattern("(?m)^" + metric + "[{ ]"));
    }

    @Test
    void aSaneRequestIdIsAnsweredAsGiven() {
        Tokens.as(Tokens.AGENT_CRIPEL).header(RequestId.HEADER, "lb-7f3a9c2e.42").get("/api/v1/communes/62063")
                .then().header(RequestId.HEADER, "lb-7f3a9c2e.42");
    }

    @Test
    void withoutARequestIdOrWithAnInsaneOneANewOneIsAnswered() {
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/communes/62063").then().header(RequestId.HEADER,
                matchesPattern(UUID_PATTERN));
        // a national number, a long text, a line break: never taken, never logged
        for (String insane : List.of("85073100123", "x".repeat(65), "abc def ghi", "short")) {
            Tokens.as(Tokens.AGENT_CRIPEL).header(RequestId.HEADER, insane).get("/api/v1/communes/62063")
                    .then().header(RequestId.HEADER, matchesPattern(UUID_PATTERN));
        }
    }

    @Test
    void theJsonLogLinesOfARequestCarryItsRequestId() throws Exception {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord copy = ExtLogRecord.wrap(record);
                copy.copyAll(); // the logging context of the request's thread, as it was
                records.add(copy);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = LogContext.getLogContext().getLogger("be.wallonie.parcours.api.casefile");
        logger.addHandler(capture);
        String personId = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, CaseFileSteps.TODAY.minusMonths(1), false);
        try {
            Tokens.as(Tokens.AGENT_CRIPEL).header(RequestId.HEADER, "test-request-0001")
                    .contentType("application/json")
                    .body(Map.of("personId", personId, "openedOn", CaseFileSteps.TODAY.toString()))
                    .post("/api/v1/caseFiles").then().statusCode(201)
                    .header(RequestId.HEADER, equalTo("test-request-0001"));
        } finally {
            logger.removeHandler(capture);
        }

        ExtLogRecord opened = records.stream().filter(r -> r.getFormattedMessage().startsWith("Case file "))
                .findFirst().orElseThrow();
        Map<?, ?> line = json.readValue(JsonLogs.formatter().format(opened), Map.class);
        assertThat(line.get("message")).asString().startsWith("Case file ");
        assertThat(((Map<?, ?>) line.get("mdc")).get("requestId")).isEqualTo("test-request-0001");
        assertThat(line.get("service")).isEqualTo("parcours");
    }

    private static double pendingInLiege(String metrics) {
        return sample(metrics,
                "parcours_transmissions_pending_copies\\{[^}]*commune=\"62063\"[^}]*recipient=\"COMMUNE\"[^}]*}");
    }

    /** The value of the first sample whose name and labels match {@code series}, 0 when there is none. */
    private static double sample(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.Ee+-]+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
