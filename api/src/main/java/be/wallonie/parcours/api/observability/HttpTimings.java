package be.wallonie.parcours.api.observability;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * The request timings ({@code http_server_requests_seconds}, tagged with the operation's route template, e.g.
 * {@code /caseFiles/{id}} below the REST root, never a raw path) as a histogram with a few fixed buckets, so that Prometheus computes
 * the 95th percentile of each route over every replica (docs/adr/0036-oci-image-and-observability.md). Fixed buckets,
 * not Micrometer's default set of about seventy, keep the series per route few.
 */
@Singleton
public class HttpTimings {

    static final String METER = "http.server.requests";

    /** The buckets' upper bounds: from what a list should take to what a client's timeout allows. */
    static final Duration[] BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10)};

    @Produces
    @Singleton
    MeterFilter requestBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(METER)) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos()).build().merge(config);
            }
        };
    }

    private static double[] nanos() {
        double[] nanos = new double[BUCKETS.length];
        for (int i = 0; i < BUCKETS.length; i++) {
            nanos[i] = BUCKETS[i].toNanos();
        }
        return nanos;
    }
}
