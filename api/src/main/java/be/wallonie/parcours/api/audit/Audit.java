package be.wallonie.parcours.api.audit;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.domain.access.Tenant;
import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.audit.AuditEvent;
import be.wallonie.parcours.domain.audit.AuditOutcome;
import be.wallonie.parcours.domain.audit.AuditRepository;

/**
 * Records who read or changed a person's data. Called by services inside their transaction: a write's event commits
 * with the write (or not at all), a read's event commits with the read's transaction. Identifiers only: the endpoint
 * is a template such as {@code GET /persons/{id}}, never the concrete path.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Audit {

    private final AuditRepository events;
    private final CurrentUser user;
    private final Clock clock;

    Audit(AuditRepository events, CurrentUser user, Clock clock) {
        this.events = events;
        this.user = user;
        this.clock = clock;
    }

    /** A successful action of the current user on the person's data. */
    public void record(String endpoint, AuditAction action, UUID personId) {
        Tenant tenant = user.tenant();
        events.append(new AuditEvent(clock.instant(), user.username(), tenant.role().name(), Caller.tenantCode(tenant),
                endpoint, personId, action, AuditOutcome.SUCCESS));
    }
}
