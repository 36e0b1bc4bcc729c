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
import be.wallonie.parcours.api.shared.RateLimiter;

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

    SignInThrottle(@ConfigProperty(name = "parcours.sign-in.attempts-per-minute") int attemptsPerMinute,
            @ConfigProperty(name = "parcours.sign-in.failures-per-minute") int failuresPerMinute) {
        this.attempts = new RateLimiter(attemptsPerMinute, System::nanoTime);
        this.failures = new RateLimiter(failuresPerMinute, System::nanoTime);
    }

    /** Before the credentials are checked: refuses (429) when the address or the account has no attempt left. */
    public void admit(SocketAddress address, String account, HttpHeaders headers, UriInfo uri) {
        long wait = Math.max(attempts.acquire(RateLimiter.client(address)), failures.waitFor(key(account)));
        if (wait > 0) {
            LOG.info("Refused a sign-in: too many attempts");
            throw new WebApplicationException(
                    TooManyRequests.response(RateLimiter.retryAfterSeconds(wait), headers, uri));
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
