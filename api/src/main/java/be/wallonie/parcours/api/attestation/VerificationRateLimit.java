package be.wallonie.parcours.api.attestation;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import be.wallonie.parcours.api.shared.RateLimiter;
import be.wallonie.parcours.api.shared.RateLimiter.Allowance;
import be.wallonie.parcours.domain.attestation.VerificationCode;

/**
 * The limits of the document check (ADR 0031), on top of the limit of every public endpoint: per client address
 * ({@code parcours.public.verification.per-address-per-minute}), so that one client cannot try many codes; and per
 * code, whatever the address ({@code parcours.public.verification.per-code-per-minute}), so that nobody can try birth
 * dates against one code, even from many addresses. Every check counts, a match or not, a known code or not: the
 * limits tell nothing about the code. 0 turns a limit off.
 */
@Singleton
public class VerificationRateLimit {

    private final RateLimiter limiter;
    private final int perAddress;
    private final int perCode;

    VerificationRateLimit(RateLimiter limiter,
            @ConfigProperty(name = "parcours.public.verification.per-address-per-minute") int perAddress,
            @ConfigProperty(name = "parcours.public.verification.per-code-per-minute") int perCode) {
        this.limiter = limiter;
        this.perAddress = perAddress;
        this.perCode = perCode;
    }

    /**
     * Takes one check from the client address's allowance (its limit key, {@code ClientAddress.limitKey}: behind a
     * trusted proxy, the client's) and, if it had one left, from the code's.
     *
     * @return what is left of the tighter limit, {@link Allowance#refused() refused} when either had nothing left
     */
    public Allowance take(String address, VerificationCode code) {
        Allowance byAddress = limiter.take("verification-address", perAddress, address);
        if (byAddress.refused()) {
            return byAddress;
        }
        return limiter.take("verification-code", perCode, code.value()).tighter(byAddress);
    }
}
