package be.wallonie.parcours.api.infrastructure;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;

/**
 * Refuses a production start with unsafe settings ({@link ProductionSettings}), before any other start-up work (the
 * demo data, the jobs): in the {@code prod} profile only, dev mode and tests keep their local defaults. One message
 * lists every refusal, each with what to set. {@code parcours.production-checks.enabled=false} turns the check off for
 * a measurement run on a developer's machine (the benchmarks); it is logged.
 */
public class ProductionSettingsCheck {

    private static final Logger LOG = Logger.getLogger(ProductionSettingsCheck.class);

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        check(ConfigProvider.getConfig());
    }

    static void check(Config config) {
        List<String> profiles = config.unwrap(SmallRyeConfig.class).getProfiles();
        if (!profiles.contains("prod")) {
            return;
        }
        if (!config.getOptionalValue("parcours.production-checks.enabled", Boolean.class).orElse(true)) {
            LOG.warn("The production settings are not checked (parcours.production-checks.enabled=false)");
            return;
        }
        List<String> refusals = ProductionSettings.of(config).refusals();
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("Parcours refuses to start in production: " + String.join("; ", refusals)
                    + ". See docs/operations.md.");
        }
    }
}
