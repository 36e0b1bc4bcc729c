package be.wallonie.parcours.domain.attestation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import be.wallonie.parcours.domain.shared.Violations;

/**
 * A copy of an attestation due to a commune or a CPAS (domain rules §6). Created at issue for an obliged person; the
 * recipient polls its copies through the API, fetches each (counted) and acknowledges it (once: acknowledging again
 * changes nothing). A revoked attestation shows on its copies.
 * <p>
 * Each copy has a {@link #cursor()} in one feed for all recipients: a recipient asks for the copies after the last
 * cursor it saw. The repository assigns it in the issuing transaction so that cursors become visible in their order
 * (docs/adr/0011-transmission-cursor.md); a revocation assigns a new one, so that the recipient sees the copy again.
 */
@Entity
@Table(name = "transmission")
public class Transmission {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attestation_id")
    private Attestation attestation;
    @Embedded
    private Recipient recipient;
    @Column(name = "feed_cursor")
    private Long cursor;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "first_fetched_at")
    private Instant firstFetchedAt;
    @Column(name = "last_fetched_at")
    private Instant lastFetchedAt;
    @Column(name = "fetch_count")
    private int fetchCount;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Version
    private long version;

    protected Transmission() {
    }

    Transmission(Attestation attestation, Recipient recipient, Instant dueAt) {
        this.id = UUID.randomUUID();
        this.attestation = Objects.requireNonNull(attestation, "attestation");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The recipient fetched the copy (its PDF or its details): counted, the first time kept. */
    public void recordFetch(Instant at) {
        Objects.requireNonNull(at, "at");
        if (firstFetchedAt == null) {
            firstFetchedAt = at;
        }
        lastFetchedAt = at;
        fetchCount++;
    }

    /**
     * The recipient acknowledges receipt. Idempotent: a second acknowledgement keeps the first one's time and author.
     *
     * @return whether this call acknowledged it (false when it already was)
     */
    public boolean acknowledge(String by, Instant at) {
        Violations violations = new Violations();
        violations.requireText(by, "by");
        violations.require(at, "at");
        violations.throwIfAny();
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = at;
        acknowledgedBy = by;
        return true;
    }

    /** The copy must be announced again in the feed (its attestation was revoked): the repository gives a new cursor. */
    void reannounce() {
        cursor = null;
    }

    /** Called by the repository only, in the transaction that stores the copy. */
    public void assignCursor(long value) {
        if (cursor != null) {
            throw new IllegalStateException("The transmission already has its cursor");
        }
        cursor = value;
    }

    /** Whether the repository must assign a cursor before the copy is stored. */
    public boolean awaitsCursor() {
        return cursor == null;
    }

    public TransmissionStatus status() {
        if (acknowledgedAt != null) {
            return TransmissionStatus.ACKNOWLEDGED;
        }
        return firstFetchedAt != null ? TransmissionStatus.FETCHED : TransmissionStatus.PENDING;
    }

    public UUID id() {
        return id;
    }

    public Attestation attestation() {
        return attestation;
    }

    public Recipient recipient() {
        return recipient;
    }

    /** The position in the feed; {@code 0} until the repository stores the copy. */
    public long cursor() {
        return cursor == null ? 0 : cursor;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Optional<Instant> firstFetchedAt() {
        return Optional.ofNullable(firstFetchedAt);
    }

    public Optional<Instant> lastFetchedAt() {
        return Optional.ofNullable(lastFetchedAt);
    }

    public int fetchCount() {
        return fetchCount;
    }

    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public Optional<String> acknowledgedBy() {
        return Optional.ofNullable(acknowledgedBy);
    }

    /** Whether the attestation this copy is of was revoked after it was sent. */
    public boolean attestationRevoked() {
        return attestation.isRevoked();
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transmission other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
