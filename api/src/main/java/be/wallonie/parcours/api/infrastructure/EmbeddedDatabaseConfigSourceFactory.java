package be.wallonie.parcours.api.infrastructure;

import java.util.List;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Supplies the datasource of an embedded PostgreSQL when no database URL is configured.
 * <p>
 * Dev mode, the tests and the demo run need nothing installed: a real PostgreSQL server is started from the binaries
 * shipped in a Maven artifact. As soon as {@code quarkus.datasource.jdbc.url} is set (for instance through
 * {@code QUARKUS_DATASOURCE_JDBC_URL}), or {@code parcours.embedded-database.enabled=false}, this factory supplies
 * nothing and the configured server is used. See docs/adr/0003-embedded-postgresql.md.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!RuntimeDetection.isApplicationRuntime()) {
            return List.of();
        }
        ConfigValue url = context.getValue(JDBC_URL);
        ConfigValue enabled = context.getValue("parcours.embedded-database.enabled");
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return List.of();
        }
        if (enabled != null && "false".equalsIgnoreCase(enabled.getValue())) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue("parcours.embedded-database.data-dir");
        return List.of(new EmbeddedDatabaseConfigSource(dataDir == null ? null : dataDir.getValue()));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(EmbeddedDatabaseConfigSource.ORDINAL);
    }
}
