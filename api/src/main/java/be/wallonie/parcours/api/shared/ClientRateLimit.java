package be.wallonie.parcours.api.shared;

import java.util.Optional;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;

import jakarta.ws.rs.container.ContainerResponseContext;

import be.wallonie.parcours.api.problem.TooManyRequests;
import be.wallonie.parcours.api.shared.RateLimiter.Allowance;

/**
 * The limit every client of the API has (docs/adr/0021): {@code parcours.api.rate-limit.per-minute} requests a minute
 * per signed-in principal (a user or an API client), or per address ({@link ClientAddress}) for a request without a
 * valid token; beyond, a 429 problem with {@code Retry-After}. Every answer tells what is left in
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}; where a stricter limit applies too
 * (the public pages, the sign-in), the answer tells the one closer to running out. Counted in PostgreSQL, shared by
 * every instance ({@link RateLimiter}, docs/adr/0027); 0 turns it off.
 */
@Singleton
public class ClientRateLimit {

    static final String BUCKET = "client";
    private static final Logger LOG = Logger.getLogger(ClientRateLimit.class);

    private final RateLimiter limiter;
    private final int perMinute;
    private final CurrentIdentityAssociation identities;
    private final RateLimitHeaders allowances;
    private final ClientAddress addresses;

    ClientRateLimit(@ConfigProperty(name = "parcours.api.rate-limit.per-minute") int perMinute, RateLimiter limiter,
            CurrentIdentityAssociation identities, RateLimitHeaders allowances, ClientAddress addresses) {
        this.limiter = limiter;
        this.perMinute = perMinute;
        this.identities = identities;
        this.allowances = allowances;
        this.addresses = addresses;
    }

    /**
     * Before anything else, the security checks included (so that an answer 401 or 403 counts too), and ahead of the
     * other limits: a client refused here takes nothing from them. The count is a database statement: it runs on a
     * worker thread, never on the event loop.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> limit(HttpServerRequest request, HttpHeaders headers, UriInfo uri) {
        if (perMinute <= 0) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem((SecurityIdentity) null)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(identity -> {
                    Allowance allowance = limiter.take(BUCKET, perMinute, client(identity, request));
                    allowances.record(allowance);
                    if (!allowance.refused()) {
                        return null;
                    }
                    LOG.debugf("Client rate limit reached on %s", uri.getRequestUri().getPath());
                    return TooManyRequests.response(allowance, headers, uri);
                });
    }

    /** Every answer tells what is left; an answer given before the limit was counted tells it without counting. */
    @ServerResponseFilter
    public void tell(ContainerResponseContext response, HttpServerRequest request) {
        Allowance allowance = allowances.tightest()
                .orElseGet(() -> limiter.peek(BUCKET, perMinute, client(null, request)));
        RateLimitHeaders.write(allowance, response.getHeaders());
    }

    private String client(SecurityIdentity identity, HttpServerRequest request) {
        return Optional.ofNullable(identity)
                .filter(known -> !known.isAnonymous())
                .map(known -> "principal " + known.getPrincipal().getName())
                .orElseGet(() -> "address " + addresses.limitKey(request));
    }
}
