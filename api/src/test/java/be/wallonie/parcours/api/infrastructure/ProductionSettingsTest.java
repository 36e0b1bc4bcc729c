package be.wallonie.parcours.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * A production start refuses unsafe settings, each refusal saying what to set
 * (docs/adr/0029-security-headers-and-production-settings.md). Plain JUnit: the settings are built by hand, and the
 * check runs over a configuration built as the application's would be.
 */
class ProductionSettingsTest {

    private static final ProductionSettings SAFE = new ProductionSettings(false, false, "https://parcours.wallonie.be",
            false, "db/migration", "parcours", "a-long-secret", "parcours_owner");

    private static ProductionSettings with(boolean embedded, boolean allowed, String url, boolean demo,
            String locations, String user, String password) {
        return new ProductionSettings(embedded, allowed, url, demo, locations, user, password, "parcours_owner");
    }

    @Test
    void aProductionDatabaseWithItsOwnAccountAndAPublicHttpsAddressIsAccepted() {
        assertThat(SAFE.refusals()).isEmpty();
    }

    @Test
    void theEmbeddedDatabaseIsRefusedSayingWhichDatabaseUrlToSet() {
        var settings = with(true, false, SAFE.publicBaseUrl(), false, "db/migration", "postgres", "postgres");
        assertThat(settings.refusals()).singleElement().asString()
                .contains("embedded PostgreSQL", "QUARKUS_DATASOURCE_JDBC_URL",
                        "PARCOURS_EMBEDDED_DATABASE_ALLOW_IN_PRODUCTION=true");
    }

    @Test
    void theEmbeddedDatabaseExplicitlyAllowedIsAcceptedWithItsOwnAccount() {
        assertThat(with(true, true, SAFE.publicBaseUrl(), false, "db/migration", "postgres", "postgres").refusals())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "https://localhost", "https://127.0.0.1:8443",
            "https://[::1]/", "https://0.0.0.0", "http://parcours.wallonie.be", "parcours.wallonie.be", "",
            "https://app.localhost"})
    void aPublicAddressThatIsNotAPublicHttpsOneIsRefusedSayingWhatToSet(String url) {
        var settings = with(false, false, url, false, "db/migration", "parcours", "a-long-secret");
        assertThat(settings.refusals()).singleElement().asString()
                .contains("parcours.public-base-url", "PARCOURS_PUBLIC_BASE_URL");
    }

    @Test
    void demoAccountsAreRefusedSayingWhatToSet() {
        var settings = with(false, false, SAFE.publicBaseUrl(), true, "db/migration,db/demo", "parcours", "secret");
        assertThat(settings.refusals()).hasSize(2)
                .anySatisfy(refusal -> assertThat(refusal).contains("PARCOURS_DEMO_ENABLED=false"))
                .anySatisfy(refusal -> assertThat(refusal).contains("QUARKUS_FLYWAY_LOCATIONS=db/migration"));
    }

    @Test
    void postgresDefaultCredentialsAreRefusedSayingWhatToSet() {
        var settings = with(false, false, SAFE.publicBaseUrl(), false, "db/migration", "postgres", "postgres");
        assertThat(settings.refusals()).singleElement().asString()
                .contains("postgres/postgres", "QUARKUS_DATASOURCE_PASSWORD");
    }

    @Test
    void anEmptyDatabasePasswordIsRefused() {
        assertThat(with(false, false, SAFE.publicBaseUrl(), false, "db/migration", "parcours", "").refusals())
                .singleElement().asString().contains("no password", "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(with(false, false, SAFE.publicBaseUrl(), false, "db/migration", "parcours", null).refusals())
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "parcours"})
    void migrationsRunAsTheApplicationsAccountAreRefusedSayingWhichOwnerToSet(String flywayUser) {
        var settings = new ProductionSettings(false, false, SAFE.publicBaseUrl(), false, "db/migration", "parcours",
                "a-long-secret", flywayUser);
        assertThat(settings.refusals()).singleElement().asString()
                .contains("audit trail", "QUARKUS_FLYWAY_USERNAME", "QUARKUS_FLYWAY_PASSWORD");
    }

    @Test
    void theCheckRefusesAProductionStartWithTodaysDefaultsListingEveryFix() {
        SmallRyeConfig config = config("prod", Map.of("parcours.demo.enabled", "true"));
        assertThatThrownBy(() -> ProductionSettingsCheck.check(config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Parcours refuses to start in production")
                .hasMessageContaining("PARCOURS_PUBLIC_BASE_URL")
                .hasMessageContaining("PARCOURS_DEMO_ENABLED=false")
                .hasMessageContaining("QUARKUS_DATASOURCE_PASSWORD");
    }

    @Test
    void theCheckAcceptsAProductionStartWithSafeSettings() {
        SmallRyeConfig config = config("prod", Map.of("parcours.public-base-url", "https://parcours.wallonie.be",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://db.internal/parcours",
                "quarkus.datasource.username", "parcours", "quarkus.datasource.password", "a-long-secret",
                "quarkus.flyway.username", "parcours_owner"));
        assertThatCode(() -> ProductionSettingsCheck.check(config)).doesNotThrowAnyException();
    }

    @Test
    void theCheckLeavesDevModeAndTestsAlone() {
        assertThatCode(() -> ProductionSettingsCheck.check(config("dev", Map.of()))).doesNotThrowAnyException();
        assertThatCode(() -> ProductionSettingsCheck.check(config("test", Map.of()))).doesNotThrowAnyException();
    }

    @Test
    void theCheckCanBeTurnedOffForAMeasurementRun() {
        SmallRyeConfig config = config("prod", Map.of("parcours.production-checks.enabled", "false"));
        assertThatCode(() -> ProductionSettingsCheck.check(config)).doesNotThrowAnyException();
    }

    /** The application's defaults (a local public address, no database account) with the given values on top. */
    private static SmallRyeConfig config(String profile, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(Map.of("parcours.public-base-url", "http://localhost:8080",
                "quarkus.flyway.locations", "db/migration"));
        all.putAll(values);
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(all, "test", 100)).build();
    }
}
