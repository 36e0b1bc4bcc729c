package be.wallonie.parcours.api.observability;

import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request timings ({@code http_server_requests_seconds}, tagged with the operation's route template, e.g.
 * {@code /caseFiles/{id}} below the REST root, never a raw path) as a histogram with a few fixed buckets, so that Prometheus computes
 * the 95th percentile of each route over every replica (docs/adr/0036-oci-image-and-observability.md). Fixed buckets,
 * not Micrometer's default set of about seventy, keep the series per route few.
 * <p>
 * The back office's pages and files (every path but {@code /api/} and {@code /q/}, served by Quinoa, whose client-side
 * routes hold ids) are timed under one route, {@code /back-office}, never under their own paths.
 */
@Singleton
public class HttpTimings {

    static final String METER = "http.server.requests";
    static final String BACK_OFFICE = "/back-office";
    /**
     * Where Quarkus' HTTP metrics read a request's route: a local of the request's Vert.x context, which the REST layer
     * sets to the operation's template.
     */
    static final String ROUTE_KEY = "UrlPathTemplate";
    static final int ORDER = RequestId.ORDER + 1;

    /** The buckets' upper bounds: from what a list should take to what a client's timeout allows. */
    static final Duration[] BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10)};

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::nameBackOfficeRoute);
    }

    void nameBackOfficeRoute(RoutingContext context) {
        String path = context.normalizedPath();
        if (path != null && !path.equals("/api") && !path.startsWith("/api/") && !path.equals("/q")
                && !path.startsWith("/q/")) {
            Context requestContext = context.request() instanceof HttpServerRequestInternal internal
                    ? internal.context()
                    : Vertx.currentContext();
            if (requestContext != null) {
                requestContext.putLocal(ROUTE_KEY, BACK_OFFICE);
            }
        }
        context.next();
    }

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
