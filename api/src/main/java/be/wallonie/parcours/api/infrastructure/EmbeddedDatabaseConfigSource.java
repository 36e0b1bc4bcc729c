package be.wallonie.parcours.api.infrastructure;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The datasource properties of the embedded PostgreSQL, started lazily when the datasource URL is first read (so that
 * building the application never starts a server).
 */
final class EmbeddedDatabaseConfigSource implements ConfigSource {

    /** Below application.properties (250) and the environment (300): anything configured there wins. */
    static final int ORDINAL = 200;

    private static final String USERNAME = "quarkus.datasource.username";
    private static final String PASSWORD = "quarkus.datasource.password";
    private static final Set<String> NAMES = Set.of(EmbeddedDatabaseConfigSourceFactory.JDBC_URL, USERNAME, PASSWORD);

    private final String dataDir;

    EmbeddedDatabaseConfigSource(String dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public Set<String> getPropertyNames() {
        return NAMES;
    }

    @Override
    public String getValue(String propertyName) {
        if (!NAMES.contains(propertyName)) {
            return null;
        }
        Map<String, String> server = EmbeddedDatabase.start(dataDir);
        return server.get(propertyName.substring(propertyName.lastIndexOf('.') + 1));
    }

    @Override
    public String getName() {
        return "EmbeddedPostgreSQL";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
