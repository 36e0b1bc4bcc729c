package be.wallonie.parcours.api.shared;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MultivaluedMap;

import be.wallonie.parcours.api.shared.RateLimiter.Allowance;

/**
 * What the client has left of the limits that applied to this request, for the {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} headers of the answer (docs/adr/0021): each limit records
 * its allowance, and the answer reports the one closest to running out.
 */
@RequestScoped
public class RateLimitHeaders {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    private Allowance tightest;

    /** One more limit applied to this request. */
    public void record(Allowance allowance) {
        if (allowance.limited()) {
            tightest = tightest == null ? allowance : tightest.tighter(allowance);
        }
    }

    /** The allowance the answer reports: the tightest of those recorded. */
    public Optional<Allowance> tightest() {
        return Optional.ofNullable(tightest);
    }

    /** Writes the three headers, unless the answer has them already. */
    public static void write(Allowance allowance, MultivaluedMap<String, Object> headers) {
        if (allowance.limited() && !headers.containsKey(LIMIT)) {
            headers.putSingle(LIMIT, allowance.limit());
            headers.putSingle(REMAINING, allowance.remaining());
            headers.putSingle(RESET, allowance.resetSeconds());
        }
    }
}
