package be.wallonie.parcours.api.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import be.wallonie.parcours.api.problem.DatabaseUnavailable;

/** Seals the audit trail's closed days every {@code parcours.audit.seal-every} (docs/adr/0028); tests seal themselves. */
@ApplicationScoped
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger(AuditSealing.class);

    private final AuditIntegrityService integrity;

    AuditSealing(AuditIntegrityService integrity) {
        this.integrity = integrity;
    }

    @Scheduled(identity = "audit-seal", every = "${parcours.audit.seal-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            integrity.seal();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            LOG.warn("Audit trail not sealed: the database is unavailable; the next run will seal it");
        }
    }
}
