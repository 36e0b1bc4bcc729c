package be.wallonie.parcours.api.infrastructure;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;

/**
 * The settings a production start must not run with, each refusal saying what to set
 * (docs/adr/0029-security-headers-and-production-settings.md, docs/operations.md):
 * <ul>
 * <li>the embedded PostgreSQL (no {@code QUARKUS_DATASOURCE_JDBC_URL}), unless
 * {@code parcours.embedded-database.allow-in-production=true};
 * <li>a public address ({@code parcours.public-base-url}, frozen into every attestation's QR code) that is not https,
 * or that names this machine ({@code localhost}, a loopback or unspecified address);
 * <li>demo accounts or demo data ({@code parcours.demo.enabled}, the {@code db/demo} migrations);
 * <li>a database account with an empty password, or PostgreSQL's default {@code postgres}/{@code postgres};
 * <li>migrations run as the application's account (no {@code quarkus.flyway.username}, or the datasource's): the
 * audit trail would not be protected from the application (ADR 0028).
 * </ul>
 */
public record ProductionSettings(boolean embeddedDatabase, boolean embeddedDatabaseAllowed, String publicBaseUrl,
        boolean demo, String flywayLocations, String databaseUsername, String databasePassword,
        String flywayUsername) {

    /** The name of the configuration source that supplies the embedded database's coordinates. */
    static final String EMBEDDED_SOURCE = "EmbeddedPostgreSQL";

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "localhost.localdomain", "127.0.0.1", "0.0.0.0",
            "::1", "[::1]", "::", "[::]");

    /** The settings as the running application reads them. */
    public static ProductionSettings of(Config config) {
        var url = config.getConfigValue("quarkus.datasource.jdbc.url");
        boolean embedded = url != null && EMBEDDED_SOURCE.equals(url.getSourceName());
        return new ProductionSettings(embedded,
                flag(config, "parcours.embedded-database.allow-in-production"),
                text(config, "parcours.public-base-url"),
                flag(config, "parcours.demo.enabled"),
                text(config, "quarkus.flyway.locations"),
                text(config, "quarkus.datasource.username"),
                text(config, "quarkus.datasource.password"),
                text(config, "quarkus.flyway.username"));
    }

    /** What is refused, one sentence each naming what to set; empty when the start may go on. */
    public List<String> refusals() {
        List<String> refusals = new ArrayList<>();
        if (embeddedDatabase && !embeddedDatabaseAllowed) {
            refusals.add("the embedded PostgreSQL would hold the data (no database URL is configured): set"
                    + " QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD to the"
                    + " production database (or PARCOURS_EMBEDDED_DATABASE_ALLOW_IN_PRODUCTION=true for a throw-away"
                    + " trial)");
        }
        publicAddressRefusal().ifPresent(refusals::add);
        if (demo) {
            refusals.add("demo accounts and demo data are on (parcours.demo.enabled=true): set"
                    + " PARCOURS_DEMO_ENABLED=false");
        }
        if (flywayLocations != null && flywayLocations.contains("db/demo")) {
            refusals.add("the demo migrations (db/demo, demo accounts with a published password) are in"
                    + " quarkus.flyway.locations: set QUARKUS_FLYWAY_LOCATIONS=db/migration");
        }
        if (!embeddedDatabase) {
            // the embedded server's own account is local to it: the refusal above covers it
            credentialsRefusal().ifPresent(refusals::add);
            schemaOwnerRefusal().ifPresent(refusals::add);
        }
        return refusals;
    }

    private Optional<String> publicAddressRefusal() {
        String what = "the public address frozen into the attestations' QR codes (parcours.public-base-url = "
                + (publicBaseUrl == null ? "unset" : publicBaseUrl) + ") ";
        String fix = ": set PARCOURS_PUBLIC_BASE_URL to the https address the public reaches Parcours at (e.g."
                + " https://parcours.wallonie.be)";
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            return Optional.of(what + "is missing" + fix);
        }
        URI uri;
        try {
            uri = URI.create(publicBaseUrl.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(what + "is not a URL" + fix);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of(what + "is not https" + fix);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || LOCAL_HOSTS.contains(host) || host.startsWith("127.") || host.endsWith(".localhost")) {
            return Optional.of(what + "names this machine, not a public host" + fix);
        }
        return Optional.empty();
    }

    private Optional<String> credentialsRefusal() {
        String fix = ": set QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD to the application's own account"
                + " and its password from the secret store";
        if (databasePassword == null || databasePassword.isBlank()) {
            return Optional.of("the database account has no password" + fix);
        }
        if ("postgres".equals(databaseUsername) && "postgres".equals(databasePassword)) {
            return Optional.of("the database account is PostgreSQL's default postgres/postgres" + fix);
        }
        return Optional.empty();
    }

    private Optional<String> schemaOwnerRefusal() {
        if (flywayUsername == null || flywayUsername.isBlank() || flywayUsername.equals(databaseUsername)) {
            return Optional.of("the migrations would run as the application's database account, which could then"
                    + " rewrite the audit trail: set QUARKUS_FLYWAY_USERNAME and QUARKUS_FLYWAY_PASSWORD to the schema"
                    + " owner's account (docs/operations.md \"Database roles\")");
        }
        return Optional.empty();
    }

    private static boolean flag(Config config, String name) {
        return config.getOptionalValue(name, Boolean.class).orElse(false);
    }

    private static String text(Config config, String name) {
        return config.getOptionalValue(name, String.class).orElse(null);
    }
}
