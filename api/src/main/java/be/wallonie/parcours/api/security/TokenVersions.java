package be.wallonie.parcours.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.narayana.jta.QuarkusTransaction;

import be.wallonie.parcours.domain.access.AccountRepository;

/**
 * The version of each account's tokens (docs/adr/0027): every token carries the version of its account when it was
 * issued ({@link Claims#TOKEN_VERSION}), and is current only while the account's is the same. Raising it
 * ({@link #revoke}) ends every token issued before: at logout, and when the administrator deactivates an account,
 * changes its role or tenant or sets its password. Each instance keeps the versions it read for
 * {@code parcours.auth.token-version-cache} (5 seconds by default; 0 reads them on every request), so another instance
 * refuses a revoked token within that time, the instance that revoked it at once.
 */
@ApplicationScoped
public class TokenVersions {

    /** Past this many accounts kept, the stale ones are forgotten (and all of them if that is not enough). */
    private static final int MAX_KEPT = 10_000;

    private final AccountRepository accounts;
    private final Event<Revoked> revoked;
    private final Clock clock;
    private final Duration keptFor;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    TokenVersions(AccountRepository accounts, Event<Revoked> revoked, Clock clock,
            @ConfigProperty(name = "parcours.auth.token-version-cache") Duration keptFor) {
        this.accounts = accounts;
        this.revoked = revoked;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    /** The tokens of the account with this {@code sub} were revoked; said once the transaction that did it commits. */
    public record Revoked(String subject) {
    }

    private record Known(long version, Instant readAt) {
    }

    /**
     * Whether the token's version is its account's current one: false when it has none, when the account is gone, or
     * when the account's tokens were revoked since. Reads the database when this instance has not read the account's
     * version within the cache time, or when the token is newer than what it read.
     */
    public boolean isCurrent(JsonWebToken token) {
        OptionalLong version = version(token.getClaim(Claims.TOKEN_VERSION));
        String subject = token.getSubject();
        if (version.isEmpty() || subject == null) {
            return false;
        }
        Instant now = clock.instant();
        Known kept = known.get(subject);
        if (kept == null || !fresh(kept, now) || version.getAsLong() > kept.version()) {
            OptionalLong current = read(subject);
            if (current.isEmpty()) {
                known.remove(subject);
                return false;
            }
            kept = new Known(current.getAsLong(), now);
            keep(subject, kept, now);
        }
        return version.getAsLong() == kept.version();
    }

    /** Ends every token of the account with this {@code sub}, within the caller's transaction. */
    public void revoke(String subject) {
        if (subject.startsWith(Claims.CLIENT_SUBJECT)) {
            accounts.revokeClientTokens(subject.substring(Claims.CLIENT_SUBJECT.length()));
        } else {
            accounts.revokeUserTokens(UUID.fromString(subject));
        }
        revoked.fire(new Revoked(subject));
    }

    /** Ends every token of this staff account, within the caller's transaction. */
    public void revokeUser(UUID accountId) {
        revoke(accountId.toString());
    }

    /** Once the revocation is committed, this instance reads the version again at the next request. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Revoked event) {
        known.remove(event.subject());
    }

    private OptionalLong read(String subject) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (subject.startsWith(Claims.CLIENT_SUBJECT)) {
                return accounts.clientTokenVersion(subject.substring(Claims.CLIENT_SUBJECT.length()));
            }
            try {
                return accounts.userTokenVersion(UUID.fromString(subject));
            } catch (IllegalArgumentException notAnId) {
                return OptionalLong.empty();
            }
        });
    }

    private boolean fresh(Known kept, Instant now) {
        return Duration.between(kept.readAt(), now).compareTo(keptFor) < 0;
    }

    private void keep(String subject, Known version, Instant now) {
        if (keptFor.isZero() || keptFor.isNegative()) {
            return;
        }
        if (known.size() >= MAX_KEPT) {
            known.values().removeIf(kept -> !fresh(kept, now));
            if (known.size() >= MAX_KEPT) {
                known.clear();
            }
        }
        known.put(subject, version);
    }

    private static OptionalLong version(Object claim) {
        if (claim instanceof Number number) {
            return OptionalLong.of(number.longValue());
        }
        if (claim instanceof jakarta.json.JsonNumber number && number.isIntegral()) {
            return OptionalLong.of(number.longValue());
        }
        return OptionalLong.empty();
    }
}
