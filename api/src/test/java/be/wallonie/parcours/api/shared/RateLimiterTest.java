package be.wallonie.parcours.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.vertx.core.net.SocketAddress;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RateLimiter limiter = new RateLimiter(30, now::get);

    @Test
    void aClientMayBurstUpToTheLimitPerMinute() {
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.acquire("192.0.2.1")).isZero();
        }
        assertThat(limiter.acquire("192.0.2.1")).isEqualTo(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void allowanceComesBackAtTheLimitPerMinute() {
        for (int i = 0; i < 30; i++) {
            limiter.acquire("192.0.2.1");
        }
        now.addAndGet(TimeUnit.SECONDS.toNanos(2));
        assertThat(limiter.acquire("192.0.2.1")).isZero();
        assertThat(limiter.acquire("192.0.2.1")).isPositive();
        now.addAndGet(TimeUnit.MINUTES.toNanos(1));
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.acquire("192.0.2.1")).isZero();
        }
    }

    @Test
    void eachClientHasItsOwnAllowance() {
        for (int i = 0; i < 30; i++) {
            limiter.acquire("192.0.2.1");
        }
        assertThat(limiter.acquire("192.0.2.1")).isPositive();
        assertThat(limiter.acquire("192.0.2.2")).isZero();
    }

    @Test
    void waitForTellsTheWaitWithoutTakingFromTheAllowance() {
        assertThat(limiter.waitFor("192.0.2.1")).isZero();
        for (int i = 0; i < 29; i++) {
            limiter.acquire("192.0.2.1");
        }
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.waitFor("192.0.2.1")).isZero();
        }
        limiter.acquire("192.0.2.1");
        assertThat(limiter.waitFor("192.0.2.1")).isEqualTo(TimeUnit.SECONDS.toNanos(2));
        assertThat(limiter.waitFor("192.0.2.1")).isEqualTo(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void zeroTurnsTheLimitOff() {
        RateLimiter off = new RateLimiter(0, now::get);
        for (int i = 0; i < 1_000; i++) {
            assertThat(off.acquire("192.0.2.1")).isZero();
        }
    }

    @Test
    void ipv6ClientsAreCountedPerSlash64() {
        assertThat(RateLimiter.client(SocketAddress.inetSocketAddress(1, "2001:db8:1:2:3:4:5:6")))
                .isEqualTo(RateLimiter.client(SocketAddress.inetSocketAddress(1, "2001:db8:1:2:aaaa::1")))
                .isNotEqualTo(RateLimiter.client(SocketAddress.inetSocketAddress(1, "2001:db8:1:3::1")));
        assertThat(RateLimiter.client(SocketAddress.inetSocketAddress(1, "192.0.2.7"))).isEqualTo("192.0.2.7");
        assertThat(RateLimiter.client(null)).isEqualTo("unknown");
    }
}
