package be.wallonie.parcours.api.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.wallonie.parcours.api.problem.DatabaseUnavailable;
import be.wallonie.parcours.domain.idempotency.IdempotencyRepository;

/**
 * Deletes the idempotency keys past their retention (docs/adr/0014-idempotent-postings.md): a key is honoured
 * {@code parcours.idempotency.retention} (30 days) after its posting, then deleted by this job, which runs every
 * {@code parcours.idempotency.purge-every} (an hour). It deletes in batches of {@code parcours.idempotency.purge-batch-size}
 * keys, each in its own short transaction, so that a large backlog never holds many locks nor a long transaction;
 * keys a posting holds at that moment are skipped until the next run. Several instances of the application may run it
 * at once.
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final IdempotencyRepository keys;
    private final Clock clock;
    private final Duration retention;
    private final int batchSize;

    IdempotencyPurge(IdempotencyRepository keys, Clock clock,
            @ConfigProperty(name = "parcours.idempotency.retention", defaultValue = "P30D") Duration retention,
            @ConfigProperty(name = "parcours.idempotency.purge-batch-size", defaultValue = "1000") int batchSize) {
        if (retention.isNegative() || retention.isZero() || batchSize < 1) {
            throw new IllegalArgumentException("parcours.idempotency.retention must be positive and "
                    + "parcours.idempotency.purge-batch-size at least 1");
        }
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
        this.batchSize = batchSize;
    }

    /** The scheduled run: deletes every key claimed more than the retention ago. */
    @Scheduled(identity = "idempotency-purge", every = "${parcours.idempotency.purge-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            purgeExpired();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            LOG.warn("Idempotency keys not purged: the database is unavailable; the next run will purge them");
        }
    }

    /**
     * Deletes every key claimed more than the retention ago, a batch at a time.
     *
     * @return the keys deleted
     */
    public long purgeExpired() {
        return purgeClaimedBefore(clock.instant().minus(retention), batchSize);
    }

    /** Deletes every key claimed before {@code cutoff}, {@code batchSize} at a time, each batch in its transaction. */
    long purgeClaimedBefore(Instant cutoff, int batchSize) {
        long deleted = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> keys.purgeClaimedBefore(cutoff, batchSize));
            deleted += batch;
        } while (batch == batchSize);
        if (deleted > 0) {
            LOG.infof("Idempotency keys claimed before %s deleted: %d", cutoff, deleted);
        }
        return deleted;
    }

    /** How long a key is honoured after its posting. */
    public Duration retention() {
        return retention;
    }
}
