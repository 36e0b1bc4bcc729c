package be.wallonie.parcours.api.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.shared.MovingClock;
import be.wallonie.parcours.api.shared.RateLimiter;
import be.wallonie.parcours.domain.attestation.VerificationCode;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The limits of the document check (ADR 0031), counted in PostgreSQL as every limit (ADR 0027), on a clock the test
 * moves: per code whatever the address, and per address.
 */
@QuarkusTest
class VerificationRateLimitTest {

    @Inject
    DataSource database;

    private final MovingClock clock = new MovingClock(Instant.now());
    private VerificationRateLimit limits;
    private final VerificationCode code = VerificationCode.random();
    /** Addresses of this test alone: the buckets are shared by every test of the run. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private VerificationRateLimit limits() {
        if (limits == null) {
            limits = new VerificationRateLimit(new RateLimiter(database, clock), 10, 3);
        }
        return limits;
    }

    private String address(int n) {
        return run + "-" + n;
    }

    @Test
    void aCodeIsCheckedThreeTimesAMinuteAcrossEveryAddress() {
        assertThat(limits().take(address(1), code).refused()).isFalse();
        assertThat(limits().take(address(2), code).refused()).isFalse();
        assertThat(limits().take(address(3), code).refused()).isFalse();

        assertThat(limits().take(address(4), code).refused()).as("a fourth address, the same code").isTrue();
        assertThat(limits().take(address(4), VerificationCode.random()).refused()).as("another code").isFalse();

        clock.advance(Duration.ofSeconds(20));
        assertThat(limits().take(address(5), code).refused()).as("a third of a minute later").isFalse();
    }

    @Test
    void anAddressChecksTenCodesAMinuteAndARefusalTakesNothingFromTheCode() {
        for (int i = 0; i < 10; i++) {
            assertThat(limits().take(address(1), VerificationCode.random()).refused()).isFalse();
        }
        assertThat(limits().take(address(1), code).refused()).isTrue();
        assertThat(limits().take(address(2), code).remaining()).as("the code kept its allowance").isEqualTo(2);
    }

    @Test
    void theHeadersTellTheTighterOfTheTwoLimits() {
        limits().take(address(1), code);
        assertThat(limits().take(address(1), code).remaining()).isEqualTo(1);
    }

}
