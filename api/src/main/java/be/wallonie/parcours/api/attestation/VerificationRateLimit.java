package be.wallonie.parcours.api.attestation;

import java.util.function.LongSupplier;

import jakarta.inject.Inject;
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

    private final RateLimiter perAddress;
    private final RateLimiter perCode;

    @Inject
    VerificationRateLimit(@ConfigProperty(name = "parcours.public.verification.per-address-per-minute") int perAddress,
            @ConfigProperty(name = "parcours.public.verification.per-code-per-minute") int perCode) {
        this(perAddress, perCode, System::nanoTime);
    }

    VerificationRateLimit(int perAddress, int perCode, LongSupplier nanoTime) {
        this.perAddress = new RateLimiter(perAddress, nanoTime);
        this.perCode = new RateLimiter(perCode, nanoTime);
    }

    /**
     * Takes one check from the address's allowance and, if it had one left, from the code's.
     *
     * @return what is left of the tighter limit, {@link Allowance#refused() refused} when either had nothing left
     */
    public Allowance take(String address, VerificationCode code) {
        Allowance byAddress = perAddress.take("address " + address);
        if (byAddress.refused()) {
            return byAddress;
        }
        return perCode.take("code " + code.value()).tighter(byAddress);
    }
}
