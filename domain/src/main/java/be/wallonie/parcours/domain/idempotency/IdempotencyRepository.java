package be.wallonie.parcours.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency keys of postings, per tenant (docs/adr/0014-idempotent-postings.md): a key is claimed in the
 * posting's transaction, then completed with the request's hash and the answer in the same transaction.
 */
public interface IdempotencyRepository {

    /**
     * Claims {@code key} for {@code tenant} within the current transaction. When a concurrent transaction holds the
     * same key, waits until it commits (the key is then used) or rolls back (the key is then claimed here).
     *
     * @return true when the key was free and is now claimed; false when it was already used
     */
    boolean claim(String tenant, String key, String endpoint, Instant at);

    /** The posting a used key recorded. */
    Optional<IdempotentPosting> find(String tenant, String key);

    /** Stores, with a key claimed in the current transaction, the request's hash and the answer given. */
    void complete(String tenant, String key, String requestHash, int status, String body);

    /**
     * Deletes at most {@code limit} keys claimed before {@code cutoff} (their retention is over), oldest first, skipping
     * any a concurrent transaction holds.
     *
     * @return the keys deleted: fewer than {@code limit} when no more are expired
     */
    int purgeClaimedBefore(Instant cutoff, int limit);
}
