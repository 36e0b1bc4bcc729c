package be.wallonie.parcours.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import be.wallonie.parcours.api.shared.RateLimiter.Allowance;

/**
 * A limit is a token bucket per key kept in PostgreSQL: a key bursts up to its limit a minute and earns requests back
 * at that rate; two instances of the application count as one; a key of any length is stored in 32 bytes, and the
 * purge keeps only the buckets used in the last minute.
 */
@QuarkusTest
class RateLimiterTest {

    @Inject
    DataSource database;

    private final MovingClock clock = new MovingClock(Instant.now());

    @Test
    void aKeyMayBurstUpToTheLimitPerMinuteThenWaitsForTheNextRequest() {
        RateLimiter limiter = new RateLimiter(database, clock);
        String bucket = bucket();
        for (int i = 1; i <= 30; i++) {
            Allowance allowance = limiter.take(bucket, 30, "192.0.2.1");
            assertThat(allowance.refused()).isFalse();
            assertThat(allowance.remaining()).isEqualTo(30 - i);
        }
        Allowance refused = limiter.take(bucket, 30, "192.0.2.1");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.waitNanos()).isEqualTo(TimeUnit.SECONDS.toNanos(2));
        assertThat(refused.resetSeconds()).isEqualTo(60);
        assertThat(limiter.tryAcquire(bucket, 30, "192.0.2.2")).isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThat(limiter.tryAcquire(bucket, 30, "192.0.2.1")).isTrue();
        assertThat(limiter.tryAcquire(bucket, 30, "192.0.2.1")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.peek(bucket, 30, "192.0.2.1").remaining()).isEqualTo(30);
    }

    @Test
    void peekTellsWithoutTaking() {
        RateLimiter limiter = new RateLimiter(database, clock);
        String bucket = bucket();
        assertThat(limiter.peek(bucket, 3, "k")).isEqualTo(new Allowance(3, 3, 0, 0));
        limiter.take(bucket, 3, "k");
        limiter.take(bucket, 3, "k");
        assertThat(limiter.peek(bucket, 3, "k").remaining()).isEqualTo(1);
        assertThat(limiter.peek(bucket, 3, "k").remaining()).isEqualTo(1);
        limiter.take(bucket, 3, "k");
        assertThat(limiter.peek(bucket, 3, "k").refused()).isTrue();
    }

    @Test
    void twoInstancesShareOneCount() {
        RateLimiter first = new RateLimiter(database, clock);
        RateLimiter second = new RateLimiter(database, clock);
        String bucket = bucket();
        for (int i = 0; i < 5; i++) {
            assertThat((i % 2 == 0 ? first : second).tryAcquire(bucket, 6, "198.51.100.4")).isTrue();
        }
        assertThat(second.tryAcquire(bucket, 6, "198.51.100.4")).isTrue();
        assertThat(first.tryAcquire(bucket, 6, "198.51.100.4")).isFalse();
        assertThat(second.tryAcquire(bucket, 6, "198.51.100.4")).isFalse();
    }

    @Test
    void zeroTurnsTheLimitOff() {
        RateLimiter limiter = new RateLimiter(database, clock);
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAcquire(bucket(), 0, "192.0.2.1")).isTrue();
        }
    }

    @Test
    void longKeysCostThirtyTwoBytesAndThePurgeKeepsOnlyTheLastMinutesBuckets() throws SQLException {
        RateLimiter limiter = new RateLimiter(database, clock);
        String bucket = bucket();
        String megabyte = "x".repeat(1 << 20);
        for (int i = 0; i < 200; i++) {
            limiter.take(bucket, 10, i + megabyte);
        }
        assertThat(query("select count(*) from rate_limit_bucket where bucket = '" + bucket + "'")).isEqualTo(200);
        assertThat(query("select max(octet_length(key_hash)) from rate_limit_bucket where bucket = '" + bucket + "'"))
                .isEqualTo(32);

        clock.advance(Duration.ofSeconds(7)); // a bucket with one request taken is full again after 6 seconds
        limiter.take(bucket, 10, "still in use");
        limiter.purge();
        assertThat(query("select count(*) from rate_limit_bucket where bucket = '" + bucket + "'")).isEqualTo(1);
    }

    @Test
    void aLimitOverAnHourEarnsItsRequestsBackOverTheHour() {
        RateLimiter limiter = new RateLimiter(database, clock);
        String bucket = bucket();
        Duration hour = Duration.ofHours(1);
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.take(bucket, 20, hour, "agent").refused()).isFalse();
        }
        Allowance refused = limiter.take(bucket, 20, hour, "agent");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.waitNanos()).as("one request back every 3 minutes").isEqualTo(TimeUnit.MINUTES.toNanos(3));
        assertThat(refused.resetSeconds()).isEqualTo(3600);

        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.peek(bucket, 20, hour, "agent").refused()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.take(bucket, 20, hour, "agent").refused()).isFalse();
        assertThat(limiter.take(bucket, 20, hour, "agent").refused()).isTrue();
    }

    private long query(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String bucket() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

}
