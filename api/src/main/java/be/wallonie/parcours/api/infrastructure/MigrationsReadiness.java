package be.wallonie.parcours.api.infrastructure;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.logging.Logger;

/**
 * Not ready while a migration this version carries is not applied to the database (pending, or failed), nor while
 * Flyway cannot read the database's history (docs/adr/0035). Quarkus's own readiness checks cover the pool (Agroal:
 * a connection can be had), not the schema: a replica started with {@code quarkus.flyway.migrate-at-start=false}
 * before the migrations ran, or against a database restored from an older backup, would otherwise take requests on a
 * schema it does not know.
 *
 * <p>
 * Once every migration is applied, the check stops asking (applied migrations are never taken back; a restore means
 * a restart): a readiness probe every few seconds costs no connection of Flyway's.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    static final String NAME = "Database migrations";
    private static final Logger LOG = Logger.getLogger(MigrationsReadiness.class);

    private final Flyway flyway;
    private volatile boolean applied;

    MigrationsReadiness(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        if (applied) {
            return HealthCheckResponse.named(NAME).up().build();
        }
        HealthCheckResponse response = of(flyway);
        applied = response.getStatus() == HealthCheckResponse.Status.UP;
        return response;
    }

    /** The state of the migrations that {@code flyway} knows against its database. */
    static HealthCheckResponse of(Flyway flyway) {
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (FlywayException e) {
            LOG.warnf("Readiness: the migrations' history cannot be read (%s)", e.getClass().getSimpleName());
            return HealthCheckResponse.named(NAME).down().withData("reason", "history-unreadable").build();
        }
        MigrationInfo[] failed = Arrays.stream(info.all()).filter(m -> m.getState().isFailed())
                .toArray(MigrationInfo[]::new);
        MigrationInfo[] pending = info.pending();
        MigrationInfo current = info.current();
        var response = HealthCheckResponse.named(NAME)
                .status(failed.length == 0 && pending.length == 0)
                .withData("current", current == null || current.getVersion() == null
                        ? "none"
                        : current.getVersion().getVersion());
        if (pending.length > 0) {
            response.withData("pending", versions(pending));
        }
        if (failed.length > 0) {
            response.withData("failed", versions(failed));
        }
        return response.build();
    }

    private static String versions(MigrationInfo[] migrations) {
        return Arrays.stream(migrations)
                .map(m -> m.getVersion() == null ? "R:" + m.getDescription() : m.getVersion().getVersion())
                .collect(Collectors.joining(","));
    }
}
