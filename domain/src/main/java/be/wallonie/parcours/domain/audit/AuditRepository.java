package be.wallonie.parcours.domain.audit;

import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import java.util.UUID;

/**
 * Where audit events are kept: appended, never changed nor deleted (this port offers no way to). Reach a person's trail
 * through a person the caller may see.
 */
public interface AuditRepository {

    void append(AuditEvent event);

    /** The person's events, the latest first. */
    Page<AuditEvent> trailOf(UUID personId, Paging paging);
}
