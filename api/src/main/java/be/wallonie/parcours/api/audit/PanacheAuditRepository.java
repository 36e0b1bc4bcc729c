package be.wallonie.parcours.api.audit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.audit.AuditEvent;
import be.wallonie.parcours.domain.audit.AuditRepository;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * Audit events in PostgreSQL: appended, never updated nor deleted. This adapter exposes no update path; the table's
 * trigger refuses an update or a delete made any other way. Counts and pages in SQL.
 */
@ApplicationScoped
public class PanacheAuditRepository implements AuditRepository, PanacheRepositoryBase<AuditEvent, UUID> {

    private static final Sort LATEST_FIRST = Sort.descending("occurredAt").and("id", Sort.Direction.Descending);

    @Override
    public void append(AuditEvent event) {
        persist(event);
    }

    @Override
    public Page<AuditEvent> trailOf(UUID personId, Paging paging) {
        long total = count("personId", personId);
        List<AuditEvent> items = total <= paging.offset()
                ? List.of()
                : find("personId", LATEST_FIRST, personId).page(paging.page() - 1, paging.pageSize()).list();
        return Page.of(items, paging, total);
    }
}
