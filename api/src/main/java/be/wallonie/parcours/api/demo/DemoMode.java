package be.wallonie.parcours.api.demo;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/** In demo mode ({@code parcours.demo.enabled=true}: dev mode and tests), fills the database with demo data at start. */
public class DemoMode {

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "parcours.demo.enabled") boolean enabled,
            DemoAccounts accounts) {
        if (enabled) {
            accounts.create();
        }
    }
}
