package be.wallonie.parcours.api.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerRequest;

import be.wallonie.parcours.api.shared.ClientAddress;
import be.wallonie.parcours.api.shared.RateLimitHeaders;
import be.wallonie.parcours.api.shared.RateLimiter;
import be.wallonie.parcours.api.shared.RateLimiter.Allowance;

/**
 * Slows down password guessing at the token endpoint without locking the real user out (docs/adr/0027):
 * <ul>
 * <li>each address has {@code parcours.sign-in.attempts-per-minute} attempts a minute, whatever the account;</li>
 * <li>each account, from each address, has {@code parcours.sign-in.free-failures} failures; after each further one,
 * the next attempt for that account from that address must wait {@code first-delay}, then twice as long after each
 * failure, up to {@code longest-delay}. Another address is not slowed down: the real user signs in from their own while
 * someone guesses from elsewhere. A success from an address clears its failures;</li>
 * <li>when the account has more than {@code parcours.sign-in.account-failures} failures from all addresses (guessing
 * spread over many addresses), no address has free failures for it any more: each failure from any address is followed
 * by a delay. An address without failures for the account, such as the real user's, is still not slowed down.</li>
 * </ul>
 * A refused attempt is answered 429 with {@code Retry-After} before the credentials are checked, so a guesser learns
 * nothing more. Failures are forgotten {@code parcours.sign-in.memory} after the last one. Everything is kept in
 * PostgreSQL, shared by every instance: the address's attempts in {@link RateLimiter}, the failures in
 * {@code sign_in_failure}, each key as its SHA-256 (32 bytes, whatever its length; no username nor address stored).
 */
@Singleton
public class SignInThrottle {

    static final String ADDRESS_BUCKET = "sign-in-address";
    private static final String PAIR = "sign-in-failure";
    private static final String ACCOUNT = "sign-in-account-failure";
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);

    /**
     * One more failure, or the first again after the memory; then the next attempt may be checked after
     * {@code min(longest, first * 2^(n - free - 1))} when the count n is past the free failures, at once otherwise.
     * Parameters: key, now, now, the first failure's delay (µs); then the oldest failure remembered, longest and first
     * delays (µs), the oldest remembered, the free failures, the oldest remembered, the free failures.
     */
    private static final String FAILED = """
            insert into sign_in_failure as f (key_hash, failures, last_failed_at, retry_at)
            values (?, 1, ?, ?::timestamptz + ? * interval '1 microsecond')
            on conflict (key_hash) do update set
                failures = case when f.last_failed_at < ? then 1 else f.failures + 1 end,
                last_failed_at = excluded.last_failed_at,
                retry_at = excluded.last_failed_at + interval '1 microsecond' * least(?, ? * power(2, least(30,
                    greatest(0, (case when f.last_failed_at < ? then 1 else f.failures + 1 end)::bigint - ? - 1))))
                    * (case when (case when f.last_failed_at < ? then 1 else f.failures + 1 end)::bigint > ? then 1
                       else 0 end)
            returning failures""";
    private static final String RETRY_AT = "select retry_at from sign_in_failure where key_hash = ? and last_failed_at >= ?";
    private static final String SUCCEEDED = "delete from sign_in_failure where key_hash = ?";
    private static final String PURGE = "delete from sign_in_failure where last_failed_at < ?";

    private final RateLimiter limiter;
    private final DataSource database;
    private final Clock clock;
    private final ClientAddress addresses;
    private final RateLimitHeaders allowances;
    private final int attemptsPerMinute;
    private final int freeFailures;
    private final int accountFailures;
    private final Duration firstDelay;
    private final Duration longestDelay;
    private final Duration memory;

    SignInThrottle(RateLimiter limiter, DataSource database, Clock clock, ClientAddress addresses,
            RateLimitHeaders allowances,
            @ConfigProperty(name = "parcours.sign-in.attempts-per-minute") int attemptsPerMinute,
            @ConfigProperty(name = "parcours.sign-in.free-failures") int freeFailures,
            @ConfigProperty(name = "parcours.sign-in.account-failures") int accountFailures,
            @ConfigProperty(name = "parcours.sign-in.first-delay") Duration firstDelay,
            @ConfigProperty(name = "parcours.sign-in.longest-delay") Duration longestDelay,
            @ConfigProperty(name = "parcours.sign-in.memory") Duration memory) {
        if (freeFailures < 0 || accountFailures < 0 || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0
                || memory.compareTo(longestDelay) < 0) {
            throw new IllegalArgumentException("parcours.sign-in.*: the failures must be 0 or more, and "
                    + "first-delay <= longest-delay <= memory");
        }
        this.limiter = limiter;
        this.database = database;
        this.clock = clock;
        this.addresses = addresses;
        this.allowances = allowances;
        this.attemptsPerMinute = attemptsPerMinute;
        this.freeFailures = freeFailures;
        this.accountFailures = accountFailures;
        this.firstDelay = firstDelay;
        this.longestDelay = longestDelay;
        this.memory = memory;
    }

    /** Why an attempt was refused before its credentials were checked, and what the 429 tells. */
    public record Throttled(SignInRefusal reason, Allowance allowance) {
    }

    /**
     * Before the credentials are checked: the refusal when the address has no attempt left, or when this account must
     * still wait at this address. The answer's {@code RateLimit-*} headers tell the address's attempts left, never an
     * account's failures (which would tell anyone how often someone else failed).
     */
    public Optional<Throttled> admit(String account, HttpServerRequest request) {
        Allowance attempt = limiter.take(ADDRESS_BUCKET, attemptsPerMinute, addresses.limitKey(request));
        allowances.record(attempt);
        if (attempt.refused()) {
            return Optional.of(new Throttled(SignInRefusal.TOO_MANY_ATTEMPTS_FROM_ADDRESS, attempt));
        }
        Instant now = clock.instant();
        Optional<Instant> retryAt = retryAt(pair(account, request), now);
        if (retryAt.isPresent() && retryAt.get().isAfter(now)) {
            long wait = Duration.between(now, retryAt.get()).toNanos();
            return Optional.of(new Throttled(SignInRefusal.ACCOUNT_DELAYED_AT_ADDRESS,
                    new Allowance(attempt.limit(), attempt.remaining(), attempt.resetSeconds(), wait)));
        }
        return Optional.empty();
    }

    /** After wrong credentials: one more failure for the account, at this address and from all addresses. */
    public void failed(String account, HttpServerRequest request) {
        Instant now = clock.instant();
        long accountCount = fail(accountKey(account), now, Integer.MAX_VALUE);
        int free = accountCount > accountFailures ? 0 : freeFailures;
        fail(pair(account, request), now, free);
        LOG.debug("A failed sign-in counted");
    }

    /** After a success: the address's failures for the account are cleared (not the account's, from elsewhere). */
    public void succeeded(String account, HttpServerRequest request) {
        RateLimiter.outsideTransaction(() -> {
            try (Connection connection = database.getConnection();
                    PreparedStatement delete = connection.prepareStatement(SUCCEEDED)) {
                delete.setBytes(1, pair(account, request));
                return delete.executeUpdate();
            }
        });
    }

    @Scheduled(identity = "sign-in-failure-purge", every = "${parcours.rate-limits.purge-every:1m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes the failures older than the memory. */
    public int purge() {
        try {
            return RateLimiter.outsideTransaction(() -> {
                try (Connection connection = database.getConnection();
                        PreparedStatement purge = connection.prepareStatement(PURGE)) {
                    purge.setObject(1, utc(clock.instant().minus(memory)));
                    return purge.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Sign-in failures not purged; the next run will purge them");
            return 0;
        }
    }

    private long fail(byte[] key, Instant now, int free) {
        long first = firstDelay.toNanos() / 1_000;
        long longest = longestDelay.toNanos() / 1_000;
        OffsetDateTime forgotten = utc(now.minus(memory));
        return RateLimiter.outsideTransaction(() -> {
            try (Connection connection = database.getConnection();
                    PreparedStatement fail = connection.prepareStatement(FAILED)) {
                fail.setBytes(1, key);
                fail.setObject(2, utc(now));
                fail.setObject(3, utc(now));
                fail.setLong(4, free == 0 ? first : 0);
                fail.setObject(5, forgotten);
                fail.setLong(6, longest);
                fail.setLong(7, first);
                fail.setObject(8, forgotten);
                fail.setLong(9, free);
                fail.setObject(10, forgotten);
                fail.setLong(11, free);
                try (ResultSet row = fail.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    private Optional<Instant> retryAt(byte[] key, Instant now) {
        return RateLimiter.outsideTransaction(() -> {
            try (Connection connection = database.getConnection();
                    PreparedStatement read = connection.prepareStatement(RETRY_AT)) {
                read.setBytes(1, key);
                read.setObject(2, utc(now.minus(memory)));
                try (ResultSet row = read.executeQuery()) {
                    return row.next()
                            ? Optional.of(row.getObject(1, OffsetDateTime.class).toInstant())
                            : Optional.<Instant>empty();
                }
            }
        });
    }

    private byte[] pair(String account, HttpServerRequest request) {
        return RateLimiter.hash(PAIR, normalized(account) + "\n" + addresses.limitKey(request));
    }

    private static byte[] accountKey(String account) {
        return RateLimiter.hash(ACCOUNT, normalized(account));
    }

    /** Usernames and client ids are compared trimmed and in lower case, as a guesser would vary them. */
    private static String normalized(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
