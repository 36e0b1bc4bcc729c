package be.wallonie.parcours.api.infrastructure;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

/** The clock of the application: Belgian time, replaceable in tests. */
public class Clocks {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(BRUSSELS);
    }
}
