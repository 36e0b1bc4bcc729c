package be.wallonie.parcours.api.security;

import java.util.Locale;

import jakarta.inject.Singleton;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.vertx.core.net.SocketAddress;

import be.wallonie.parcours.api.problem.TooManyRequests;
import be.wallonie.parcours.api.shared.RateLimitHeaders;
import be.wallonie.parcours.api.shared.RateLimiter;
import be.wallonie.parcours.api.shared.RateLimiter.Allowance;

/**
 * Slows down password guessing at the token endpoint: each address has {@code parcours.sign-in.attempts-per-minute}
 * attempts a minute, and each account (username or client id) {@code parcours.sign-in.failures-per-minute} failed
 * ones; beyond either, the endpoint answers 429 with {@code Retry-After} before looking at the credentials, so a
 * guesser learns nothing more, even with the right password. The counts are kept in memory, per instance (like the
 * public pages' limit); 0 turns a limit off.
 */
@Singleton
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);

    private final RateLimiter attempts;
    private final RateLimiter failures;
    private final RateLimitHeaders allowances;

    SignInThrottle(@ConfigProperty(name = "parcours.sign-in.attempts-per-minute") int attemptsPerMinute,
            @ConfigProperty(name = "parcours.sign-in.failures-per-minute") int failuresPerMinute,
            RateLimitHeaders allowances) {
        this.attempts = new RateLimiter(attemptsPerMinute, System::nanoTime);
        this.failures = new RateLimiter(failuresPerMinute, System::nanoTime);
        this.allowances = allowances;
    }

    /**
     * Before the credentials are checked: refuses (429) when the address or the account has no attempt left. The
     * answer's {@code RateLimit-*} headers tell the address's attempts left, never an account's failures (which would
     * tell anyone how often someone else failed), except in the 429 that the account's failures caused.
     */
    public void admit(SocketAddress address, String account, HttpHeaders headers, UriInfo uri) {
        Allowance attempt = attempts.take(RateLimiter.client(address));
        Allowance failure = failures.peek(key(account));
        allowances.record(attempt);
        if (attempt.refused() || failure.refused()) {
            LOG.info("Refused a sign-in: too many attempts");
            Allowance refused = attempt.waitNanos() >= failure.waitNanos() ? attempt : failure;
            throw new WebApplicationException(TooManyRequests.response(refused, headers, uri));
        }
    }

    /** After wrong credentials: one failure fewer left for the account. */
    public void failed(String account) {
        failures.acquire(key(account));
    }

    private static String key(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }
}
