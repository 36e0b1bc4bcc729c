package be.wallonie.parcours.api.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.domain.attestation.VerificationCode;

/** The limits of the document check, on a clock the test moves: per code whatever the address, and per address. */
class VerificationRateLimitTest {

    private final AtomicLong now = new AtomicLong();
    private final VerificationRateLimit limits = new VerificationRateLimit(10, 3, now::get);
    private final VerificationCode code = VerificationCode.random();

    @Test
    void aCodeIsCheckedThreeTimesAMinuteAcrossEveryAddress() {
        assertThat(limits.take("192.0.2.1", code).refused()).isFalse();
        assertThat(limits.take("192.0.2.2", code).refused()).isFalse();
        assertThat(limits.take("198.51.100.7", code).refused()).isFalse();

        assertThat(limits.take("203.0.113.9", code).refused()).as("a fourth address, the same code").isTrue();
        assertThat(limits.take("203.0.113.9", VerificationCode.random()).refused()).as("another code").isFalse();

        now.addAndGet(TimeUnit.SECONDS.toNanos(20));
        assertThat(limits.take("203.0.113.10", code).refused()).as("a third of a minute later").isFalse();
    }

    @Test
    void anAddressChecksTenCodesAMinuteAndARefusalTakesNothingFromTheCode() {
        for (int i = 0; i < 10; i++) {
            assertThat(limits.take("192.0.2.1", VerificationCode.random()).refused()).isFalse();
        }
        assertThat(limits.take("192.0.2.1", code).refused()).isTrue();
        assertThat(limits.take("192.0.2.2", code).remaining()).as("the code kept its allowance").isEqualTo(2);
    }

    @Test
    void theHeadersTellTheTighterOfTheTwoLimits() {
        limits.take("192.0.2.1", code);
        assertThat(limits.take("192.0.2.1", code).remaining()).isEqualTo(1);
    }
}
