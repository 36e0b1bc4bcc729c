package be.wallonie.parcours.api.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The clock of the application: Belgian time, replaceable in tests. It ticks in microseconds, the precision of
 * PostgreSQL's {@code timestamptz}: an instant the API answers is the instant it stored, so that the first answer, a
 * replay and a later read agree to the character (docs/adr/0023-http-edge.md).
 */
public class Clocks {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** The precision of the instants the database stores. */
    public static final Duration DATABASE_PRECISION = Duration.ofNanos(1_000);

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.system(BRUSSELS), DATABASE_PRECISION);
    }
}
