package be.wallonie.parcours.api.infrastructure;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The datasource and Flyway properties of the embedded PostgreSQL, started lazily when one is first read (so that
 * building the application never starts a server): the application connects as its own role, Flyway as the owner.
 */
final class EmbeddedDatabaseConfigSource implements ConfigSource {

    /** Below application.properties (250) and the environment (300): anything configured there wins. */
    static final int ORDINAL = 200;

    /** Each property supplied, and the server's value it takes ({@link EmbeddedDatabase#start}). */
    private static final Map<String, String> PROPERTIES = Map.of(
            EmbeddedDatabaseConfigSourceFactory.JDBC_URL, "url",
            "quarkus.datasource.username", "username",
            "quarkus.datasource.password", "password",
            "quarkus.flyway.username", "owner",
            "quarkus.flyway.password", "owner-password");

    private final String dataDir;

    EmbeddedDatabaseConfigSource(String dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public Set<String> getPropertyNames() {
        return PROPERTIES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        String key = PROPERTIES.get(propertyName);
        return key == null ? null : EmbeddedDatabase.start(dataDir).get(key);
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
