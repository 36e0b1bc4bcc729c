package be.wallonie.parcours.api.selfcheck;

import java.util.Optional;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import be.wallonie.parcours.api.problem.TooManyRequests;
import be.wallonie.parcours.api.shared.ClientAddress;
import be.wallonie.parcours.api.shared.RateLimitHeaders;
import be.wallonie.parcours.api.shared.RateLimiter;
import be.wallonie.parcours.api.shared.RateLimiter.Allowance;

/**
 * Limits the public endpoints ({@link RateLimited}) to {@code parcours.public.rate-limit.per-minute} requests a minute
 * per client address (0 turns the limit off); beyond, a 429 problem with {@code Retry-After}. The address is the one
 * {@link ClientAddress} tells (behind trusted proxies, the client's); IPv6 clients are counted per /64 network, since
 * one host usually owns a whole /64. Counted in PostgreSQL, shared by every instance ({@link RateLimiter}).
 */
@Singleton
public class PublicRateLimit {

    static final String BUCKET = "public";
    private static final Logger LOG = Logger.getLogger(PublicRateLimit.class);

    private final RateLimiter limiter;
    private final int perMinute;
    private final RateLimitHeaders allowances;
    private final ClientAddress addresses;

    PublicRateLimit(@ConfigProperty(name = "parcours.public.rate-limit.per-minute") int perMinute, RateLimiter limiter,
            RateLimitHeaders allowances, ClientAddress addresses) {
        this.limiter = limiter;
        this.perMinute = perMinute;
        this.allowances = allowances;
        this.addresses = addresses;
    }

    @ServerRequestFilter
    @RateLimited
    public Optional<Response> limit(HttpServerRequest request, HttpHeaders headers, UriInfo uri) {
        Allowance allowance = limiter.take(BUCKET, perMinute, addresses.limitKey(request));
        allowances.record(allowance);
        if (!allowance.refused()) {
            return Optional.empty();
        }
        LOG.debugf("Rate limit reached on %s", uri.getRequestUri().getPath());
        return Optional.of(TooManyRequests.response(allowance, headers, uri));
    }
}
