package be.wallonie.parcours.api.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;

import be.wallonie.parcours.api.attestation.PanacheTransmissionRepository;

/**
 * {@code parcours_transmissions_pending_copies}: the copies of attestations due to each commune and CPAS that they have not
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

    private final PanacheTransmissionRepository transmissions;
    private final MultiGauge gauge;

    PendingTransmissions(PanacheTransmissionRepository transmissions, MeterRegistry registry) {
        this.transmissions = transmissions;
        this.gauge = MultiGauge.builder(METER)
                .description("Copies of attestations not acknowledged yet by their commune or CPAS")
                .baseUnit("copies").register(registry);
    }

    @Scheduled(identity = "transmissions-pending-count", every = "${parcours.metrics.transmissions-every:1m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void count() {
        gauge.register(transmissions.pendingPerRecipient().stream()
                .map(pending -> MultiGauge.Row.of(Tags.of("recipient", pending.recipientKind(), "commune",
                        pending.nisCode(), "commune_name", pending.communeName()), pending.copies()))
                .toList(), true);
    }
}
