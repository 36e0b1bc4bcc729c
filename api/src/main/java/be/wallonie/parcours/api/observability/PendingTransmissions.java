package be.wallonie.parcours.api.observability;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code parcours_transmissions_pending}: the copies of attestations due to each commune and CPAS that they have not
 * acknowledged yet, tagged {@code recipient} ({@code COMMUNE} or {@code CPAS}), {@code commune} (the NIS code) and
 * {@code commune_name}. A commune whose count grows has stopped polling its feed.
 * <p>
 * Counted by one grouped query over the partial index of the unacknowledged copies (V014), every
 * {@code parcours.metrics.transmissions-every} (1 minute), and kept between two counts: a scrape of the metrics never
 * queries the database. A recipient whose copies are all acknowledged drops from the gauge.
 */
@ApplicationScoped
public class PendingTransmissions {

    static final String METER = "parcours.transmissions.pending";

    private final EntityManager entityManager;
    private final MultiGauge gauge;

    PendingTransmissions(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.gauge = MultiGauge.builder(METER)
                .description("Copies of attestations not acknowledged yet by their commune or CPAS")
                .baseUnit("copies").register(registry);
    }

    @Scheduled(identity = "transmissions-pending-count", every = "${parcours.metrics.transmissions-every:1m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void count() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select t.recipient_kind, t.recipient_nis, c.name_fr, count(*)
                from transmission t join commune c on c.nis_code = t.recipient_nis
                where t.acknowledged_at is null
                group by t.recipient_kind, t.recipient_nis, c.name_fr""").getResultList();
        gauge.register(rows.stream()
                .map(row -> MultiGauge.Row.of(Tags.of("recipient", (String) row[0], "commune", (String) row[1],
                        "commune_name", (String) row[2]), ((Number) row[3]).longValue()))
                .toList(), true);
    }
}
