package be.wallonie.parcours.api.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Limits of requests a minute per client, shared by every instance of the application: each limit is a token bucket
 * per key, kept in PostgreSQL ({@code rate_limit_bucket}, docs/adr/0027) and taken from with one statement, so that two
 * instances behind a load balancer count as one. A key may burst up to {@code perMinute} requests and earns them back
 * at {@code perMinute} a minute (or {@code limit} a {@code period}, e.g. 20 an hour); 0 or less turns the limit off. Keys are stored as their SHA-256: any
 * key, however long, costs 32 bytes, and no username or address is written. A bucket full again is the same as no row;
 * {@link #purge()} deletes those rows, so the table holds only the keys seen in their last period.
 * <p>
 * Usage: {@code limiter.tryAcquire("verification-code", 10, code)}, or {@link #take} for the allowance the
 * {@code RateLimit-*} headers tell. Each call is its own short transaction, outside the caller's: a request that rolls
 * back still counted.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /**
     * GCRA: the request is granted when {@code max(tat, now) + interval <= now + period}, and then moves {@code tat} to
     * {@code max(tat, now) + interval}; otherwise nothing changes. Parameters: bucket, key, now, interval (µs), and for
     * the update: interval, now, interval, period (µs) twice.
     */
    private static final String TAKE = """
            insert into rate_limit_bucket as b (bucket, key_hash, tat, granted)
            values (?, ?, ?::timestamptz + ? * interval '1 microsecond', true)
            on conflict (bucket, key_hash) do update set
                granted = greatest(b.tat, excluded.tat - ? * interval '1 microsecond') <= ?::timestamptz
                          + (? - ?) * interval '1 microsecond',
                tat = case when greatest(b.tat, excluded.tat - ? * interval '1 microsecond') <= ?::timestamptz
                          + (? - ?) * interval '1 microsecond'
                      then greatest(b.tat, excluded.tat - ? * interval '1 microsecond') + ? * interval '1 microsecond'
                      else b.tat end
            returning tat, granted""";
    private static final String PEEK = "select tat from rate_limit_bucket where bucket = ? and key_hash = ?";
    private static final String PURGE = "delete from rate_limit_bucket where tat < ?";

    private final DataSource database;
    private final Clock clock;

    @Inject
    public RateLimiter(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Takes one request from the key's allowance under this limit; true when the request may go on. */
    public boolean tryAcquire(String bucket, int perMinute, String key) {
        return !take(bucket, perMinute, key).refused();
    }

    /**
     * Takes one request from the key's allowance under this limit.
     *
     * @param bucket the limit's name, 40 characters at most ({@code client}, {@code public}, {@code sign-in-address})
     * @return what the key has left after it, {@link Allowance#refused() refused} when it had nothing left
     */
    public Allowance take(String bucket, int perMinute, String key) {
        return take(bucket, perMinute, MINUTE, key);
    }

    /**
     * Takes one request from the key's allowance under a limit of {@code limit} requests a {@code period} (a burst of
     * {@code limit}, earned back over the period), e.g. 20 an hour.
     */
    public Allowance take(String bucket, int limit, Duration period, String key) {
        if (limit <= 0) {
            return Allowance.UNLIMITED;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL stores it
        long periodMicros = TimeUnit.NANOSECONDS.toMicros(period.toNanos());
        long interval = Math.max(1, periodMicros / limit);
        return outsideTransaction(() -> {
            try (Connection connection = database.getConnection();
                    PreparedStatement take = connection.prepareStatement(TAKE)) {
                OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
                take.setString(1, bucket);
                take.setBytes(2, hash(bucket, key));
                take.setObject(3, at);
                take.setLong(4, interval);
                take.setLong(5, interval);
                take.setObject(6, at);
                take.setLong(7, periodMicros);
                take.setLong(8, interval);
                take.setLong(9, interval);
                take.setObject(10, at);
                take.setLong(11, periodMicros);
                take.setLong(12, interval);
                take.setLong(13, interval);
                take.setLong(14, interval);
                try (ResultSet row = take.executeQuery()) {
                    row.next();
                    return allowance(limit, periodMicros, interval, now,
                            row.getObject(1, OffsetDateTime.class).toInstant(), row.getBoolean(2));
                }
            }
        });
    }

    /** What the key has left under this limit, without taking a request from it. */
    public Allowance peek(String bucket, int perMinute, String key) {
        return peek(bucket, perMinute, MINUTE, key);
    }

    /** What the key has left under a limit of {@code limit} requests a {@code period}, without taking one. */
    public Allowance peek(String bucket, int limit, Duration period, String key) {
        if (limit <= 0) {
            return Allowance.UNLIMITED;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL stores it
        long periodMicros = TimeUnit.NANOSECONDS.toMicros(period.toNanos());
        long interval = Math.max(1, periodMicros / limit);
        return outsideTransaction(() -> {
            try (Connection connection = database.getConnection();
                    PreparedStatement peek = connection.prepareStatement(PEEK)) {
                peek.setString(1, bucket);
                peek.setBytes(2, hash(bucket, key));
                try (ResultSet row = peek.executeQuery()) {
                    Instant tat = row.next() ? row.getObject(1, OffsetDateTime.class).toInstant() : now;
                    boolean left = micros(now, tat.isAfter(now) ? tat : now) + interval <= periodMicros;
                    return allowance(limit, periodMicros, interval, now, tat, left);
                }
            }
        });
    }

    @Scheduled(identity = "rate-limit-purge", every = "${parcours.rate-limits.purge-every:1m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes the buckets full again (their allowance whole: no request for a period): the same as no row. */
    public int purge() {
        try {
            return outsideTransaction(() -> {
                try (Connection connection = database.getConnection();
                        PreparedStatement purge = connection.prepareStatement(PURGE)) {
                    purge.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                    return purge.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Rate-limit buckets not purged; the next run will purge them");
            return 0;
        }
    }

    private static Allowance allowance(int limit, long periodMicros, long interval, Instant now, Instant tat,
            boolean granted) {
        long ahead = Math.max(0, micros(now, tat)); // how far the bucket is from full
        int remaining = (int) Math.max(0, Math.min(limit, (periodMicros - ahead) / interval));
        long wait = granted ? 0 : TimeUnit.MICROSECONDS.toNanos(Math.max(1, ahead + interval - periodMicros));
        long reset = ahead <= 0 ? 0 : retryAfterSeconds(TimeUnit.MICROSECONDS.toNanos(ahead));
        return new Allowance(limit, remaining, reset, wait);
    }

    private static long micros(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1_000;
    }

    /**
     * The key as stored: the SHA-256 of the bucket and the key, 32 bytes whatever the key's length; the same key in
     * two buckets is two rows.
     */
    public static byte[] hash(String bucket, String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(bucket.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update((key == null ? "" : key).getBytes(StandardCharsets.UTF_8));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Runs a statement in its own transaction, outside the caller's if there is one: a count survives the rollback of
     * the request that made it.
     */
    public static <T> T outsideTransaction(SqlWork<T> work) {
        Callable<T> call = () -> {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new IllegalStateException("A rate limit could not be read or counted", e);
            }
        };
        try {
            return QuarkusTransaction.isActive() ? QuarkusTransaction.requiringNew().call(call) : call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * What a client has left of a limit, as the {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
     * {@code RateLimit-Reset} headers tell it (IETF draft "RateLimit header fields for HTTP").
     *
     * @param limit the requests a client may make in a burst (the allowance a minute)
     * @param remaining the requests the client may still make now
     * @param resetSeconds the seconds until the allowance is whole again
     * @param waitNanos 0 when the request may go on; otherwise how long the client should wait
     */
    public record Allowance(int limit, int remaining, long resetSeconds, long waitNanos) {

        /** No limit: nothing to tell. */
        public static final Allowance UNLIMITED = new Allowance(Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0);

        public boolean refused() {
            return waitNanos > 0;
        }

        public boolean limited() {
            return limit != Integer.MAX_VALUE;
        }

        /** Of two limits that apply to one request, the one closer to running out: the one the headers report. */
        public Allowance tighter(Allowance other) {
            if (other.refused() != refused()) {
                return refused() ? this : other;
            }
            if (other.remaining != remaining) {
                return other.remaining < remaining ? other : this;
            }
            return other.resetSeconds > resetSeconds ? other : this;
        }
    }

    /** Whole seconds for a {@code Retry-After} header: at least 1. */
    public static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}
