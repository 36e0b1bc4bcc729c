package be.wallonie.parcours.api.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The readiness of a replica follows the schema (docs/adr/0035). */
@QuarkusTest
class MigrationsReadinessTest {

    private static final String CHECK = "checks.find { it.name == 'Database migrations' }";

    @Inject
    Flyway flyway;

    @Test
    void aReplicaWhoseMigrationsAreAllAppliedIsReadyAndSaysWhichVersion() {
        String latest = flyway.info().current().getVersion().getVersion();
        given().get("/q/health/ready").then().statusCode(200)
                .body(CHECK + ".status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
        assertThat(MigrationsReadiness.of(flyway).getData().orElseThrow()).containsEntry("current", latest);
    }

    @Test
    void aMigrationOfThisVersionNotAppliedYetMakesTheReplicaNotReady() {
        Flyway newer = Flyway.configure().configuration(flyway.getConfiguration())
                .javaMigrations(new Later("9999")).load();

        HealthCheckResponse response = new MigrationsReadiness(newer).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow()).containsEntry("pending", "9999");
    }

    @Test
    void notReadyIsAskedAgainAtEveryProbeNotRemembered() {
        MigrationsReadiness readiness = new MigrationsReadiness(Flyway.configure()
                .configuration(flyway.getConfiguration()).javaMigrations(new Later("9998")).load());
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);

        // what another replica (or a migration job) sees without the newer migration: nothing pending
        assertThat(new MigrationsReadiness(flyway).call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aDatabaseWhoseHistoryCannotBeReadMakesTheReplicaNotReady() {
        Flyway away = Flyway.configure().configuration(flyway.getConfiguration())
                .dataSource("jdbc:postgresql://127.0.0.1:1/parcours?connectTimeout=2", "nobody", "nothing").load();

        HealthCheckResponse response = MigrationsReadiness.of(away);

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow()).containsEntry("reason", "history-unreadable");
    }

    /** A migration of a later version, which this test never applies. */
    private record Later(String version) implements JavaMigration {

        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion(version);
        }

        @Override
        public String getDescription() {
            return "later than this version";
        }

        @Override
        public Integer getChecksum() {
            return null;
        }

        @Override
        public boolean canExecuteInTransaction() {
            return true;
        }

        @Override
        public void migrate(Context context) {
            throw new IllegalStateException("never applied by a test");
        }
    }
}
