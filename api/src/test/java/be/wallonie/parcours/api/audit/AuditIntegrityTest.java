package be.wallonie.parcours.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import be.wallonie.parcours.api.security.Tokens;

/**
 * The audit trail's days are sealed in a hash chain, and its check names what a database owner changed afterwards: the
 * day, and the row when its content no longer matches its hash (docs/adr/0028). Days of 2011, which no other test
 * writes (and after 2010, the last year the log scan reads as a birth year: a sealed day is logged), each tampered
 * with in one way.
 */
@QuarkusTest
class AuditIntegrityTest {

    private static final LocalDate FIRST = LocalDate.of(2011, 3, 1);

    @Inject
    DataSource dataSource;
    @Inject
    AuditIntegrityService integrity;

    @Test
    void theCheckNamesTheDayAndTheRowThatTheOwnerChangedAfterTheSeal() throws SQLException {
        List<List<UUID>> days = new ArrayList<>();
        for (int day = 0; day < 6; day++) {
            days.add(appendThreeRows(FIRST.plusDays(day)));
        }
        integrity.seal();
        assertThat(checkDays()).extracting(day -> day.get("status")).containsExactly("INTACT", "INTACT", "INTACT",
                "INTACT", "INTACT", "INTACT");

        UUID altered = days.get(1).get(1);
        SchemaOwner.run("alter table audit_event disable trigger audit_event_append_only",
                "update audit_event set actor = 'someone.else' where id = '" + altered + "'",
                "alter table audit_event enable trigger audit_event_append_only");
        SchemaOwner.run("alter table audit_event disable trigger audit_event_append_only",
                "update audit_event e set actor = 'someone.else' where id = '" + days.get(2).get(0) + "'",
                "update audit_event e set row_hash = audit_event_digest(e) where id = '" + days.get(2).get(0) + "'",
                "delete from audit_event where id = '" + days.get(3).get(2) + "'",
                "alter table audit_event enable trigger audit_event_append_only");
        SchemaOwner.run("alter table audit_seal disable trigger audit_seal_append_only",
                "delete from audit_seal where day = date '" + FIRST.plusDays(4) + "'",
                "alter table audit_seal enable trigger audit_seal_append_only");

        JsonPath answer = Tokens.as(Tokens.ADMIN).queryParam("from", FIRST.toString())
                .queryParam("to", FIRST.plusDays(5).toString())
                .get("/api/v1/audit/integrity").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("firstBroken.day", equalTo(FIRST.plusDays(1).toString()))
                .body("firstBroken.status", equalTo("ROW_ALTERED"))
                .body("firstBroken.brokenTrail", equalTo("audit_event"))
                .body("firstBroken.brokenRow", equalTo(altered.toString()))
                .extract().jsonPath();
        assertThat(answer.getList("days.status")).containsExactly("INTACT", "ROW_ALTERED", "ROWS_CHANGED",
                "ROWS_CHANGED", "UNSEALED_ROWS", "CHAIN_BROKEN");
        assertThat(answer.getList("days.rowsFound", Integer.class)).containsExactly(3, 3, 3, 2, 3, 3);

        Script verified = runOperatorsScript(FIRST, FIRST.plusDays(5));
        assertThat(verified.exit()).as(verified.output()).isEqualTo(1);
        assertThat(verified.output()).contains("BROKEN: first broken day " + FIRST.plusDays(1)
                + " ROW_ALTERED audit_event " + altered);
    }

    private record Script(int exit, String output) {
    }

    /** deploy/audit-verify.sh against the tests' database, as the application's role (it needs only SELECT). */
    private static Script runOperatorsScript(LocalDate from, LocalDate to) {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/psql")), "psql is not installed");
        URI server = URI.create(ConfigProvider.getConfig()
                .getValue("quarkus.datasource.jdbc.url", String.class).substring("jdbc:".length()));
        ProcessBuilder script = new ProcessBuilder("bash", "../deploy/audit-verify.sh", from.toString(), to.toString())
                .redirectErrorStream(true);
        script.environment().putAll(Map.of("PGHOST", server.getHost(), "PGPORT", String.valueOf(server.getPort()),
                "PGDATABASE", server.getPath().substring(1), "PGUSER",
                ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class), "PGPASSWORD",
                ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class)));
        try {
            Process process = script.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Script(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyAnAdministratorChecksTheTrailOverAtMostAYear() {
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/audit/integrity").then().statusCode(403);
        Tokens.as(Tokens.ADMIN).queryParam("from", "2025-01-01").queryParam("to", "2026-06-01")
                .get("/api/v1/audit/integrity").then().statusCode(400)
                .body("issues.field", hasItem("to"));
        Tokens.as(Tokens.ADMIN).queryParam("from", "2025-02-01").queryParam("to", "2025-01-01")
                .get("/api/v1/audit/integrity").then().statusCode(400)
                .body("issues.field", hasItem("from"));
        Tokens.as(Tokens.ADMIN).queryParam("from", "yesterday")
                .get("/api/v1/audit/integrity").then().statusCode(400)
                .body("issues.field", hasItem("from"));
        Tokens.as(Tokens.ADMIN).get("/api/v1/audit/integrity").then().statusCode(200)
                .body("from", equalTo(LocalDate.now(ZoneOffset.UTC).minusDays(30).toString()));
    }

    private List<Map<String, Object>> checkDays() {
        return Tokens.as(Tokens.ADMIN).queryParam("from", FIRST.toString())
                .queryParam("to", FIRST.plusDays(5).toString())
                .get("/api/v1/audit/integrity").then().statusCode(200).extract().jsonPath().getList("days");
    }

    /** Three audit rows on the day, appended by the application's role, as the application does. */
    private List<UUID> appendThreeRows(LocalDate day) throws SQLException {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (int i = 0; i < ids.size(); i++) {
                statement.execute("insert into audit_event (id, occurred_at, actor, role, tenant, endpoint, person_id, "
                        + "action, outcome) values ('" + ids.get(i) + "', timestamptz '" + day + " 0" + (8 + i)
                        + ":00:00+00', 'agent.cripel', 'CRI_AGENT', 'CRIPEL', 'GET /persons/{id}', gen_random_uuid(), "
                        + "'READ', 'SUCCESS')");
            }
        }
        return ids;
    }
}
