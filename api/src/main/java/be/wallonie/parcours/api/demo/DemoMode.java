package be.wallonie.parcours.api.demo;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * In demo mode ({@code parcours.demo.enabled=true}: dev mode and tests), fills the database with demo data at start:
 * the demo accounts, then the demo case files ({@code parcours.demo.case-files.enabled}, on in dev mode, off in tests
 * but those of {@code DemoCaseFilesTest}).
 */
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class);

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "parcours.demo.enabled") boolean enabled,
            @ConfigProperty(name = "parcours.demo.case-files.enabled", defaultValue = "false") boolean caseFiles,
            DemoAccounts accounts, DemoCaseFiles demoCaseFiles) {
        if (enabled) {
            accounts.create();
            if (caseFiles) {
                try {
                    demoCaseFiles.generate();
                } catch (RuntimeException e) {
                    // the demo data set is a convenience: the application starts without it
                    LOG.errorf("Demo mode: the demo case files could not be written: %s", e.getClass().getName());
                }
            }
        }
    }
}
