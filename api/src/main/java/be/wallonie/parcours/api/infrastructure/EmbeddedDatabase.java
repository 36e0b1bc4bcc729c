package be.wallonie.parcours.api.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per JVM, stopped when the JVM exits, with two roles: its superuser owns the schema and
 * runs the migrations, the application connects as {@value #APPLICATION_ROLE}, which V017 lets read and append to the
 * audit trail but not rewrite it (docs/adr/0028).
 * <p>
 * The server's coordinates are kept in system properties, so that every class loader of the JVM (Quarkus restarts the
 * application in a new one for dev-mode reloads and for test profiles) reuses the same server.
 */
final class EmbeddedDatabase {

    static final String APPLICATION_ROLE = "parcours_app";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String URL_PROPERTY = "parcours.embedded-database.started-url";
    private static final String OWNER = "postgres";
    private static final String OWNER_PASSWORD = "postgres";
    private static final String APPLICATION_PASSWORD = "parcours_app";

    private EmbeddedDatabase() {
    }

    /** The server's URL, its owner's and the application's credentials ({@code owner}, {@code username}, ...). */
    static synchronized Map<String, String> start(String dataDir) {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = launch(dataDir);
            System.setProperty(URL_PROPERTY, url);
        }
        return Map.of("url", url, "owner", OWNER, "owner-password", OWNER_PASSWORD, "username", APPLICATION_ROLE,
                "password", APPLICATION_PASSWORD);
    }

    private static String launch(String dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
            if (dataDir == null || dataDir.isBlank()) {
                // a throw-away database: durability buys nothing, speed does
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
            } else {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgresql-stop"));
            createApplicationRole(postgres);
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            LOG.infof("Embedded PostgreSQL started on port %d (no database URL configured)", postgres.getPort());
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start", e);
        }
    }

    /** The application's role, kept across restarts of a persistent data directory. */
    private static void createApplicationRole(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$ begin
                        if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s login password '%2$s';
                        end if;
                    end $$""".formatted(APPLICATION_ROLE, APPLICATION_PASSWORD));
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL's application role could not be created", e);
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
