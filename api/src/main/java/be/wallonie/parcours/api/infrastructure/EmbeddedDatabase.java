package be.wallonie.parcours.api.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per JVM, stopped when the JVM exits.
 * <p>
 * The server's coordinates are kept in system properties, so that every class loader of the JVM (Quarkus restarts the
 * application in a new one for dev-mode reloads and for test profiles) reuses the same server.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String URL_PROPERTY = "parcours.embedded-database.started-url";
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private EmbeddedDatabase() {
    }

    static synchronized Map<String, String> start(String dataDir) {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = launch(dataDir);
            System.setProperty(URL_PROPERTY, url);
        }
        return Map.of("url", url, "username", USER, "password", PASSWORD);
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
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            LOG.infof("Embedded PostgreSQL started on port %d (no database URL configured)", postgres.getPort());
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not start", e);
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
