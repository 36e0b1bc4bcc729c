package be.wallonie.parcours.api.audit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.audit.AdministrationEvent;
import be.wallonie.parcours.domain.audit.AdministrationEvent.Subject;
import be.wallonie.parcours.domain.audit.AdministrationEventRepository;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** The administrators' changes in PostgreSQL: appended, never updated nor deleted (the table's trigger refuses it). */
@ApplicationScoped
public class PanacheAdministrationEventRepository
        implements
            AdministrationEventRepository,
            PanacheRepositoryBase<AdministrationEvent, UUID> {

    private static final Sort LATEST_FIRST = Sort.descending("occurredAt").and("id", Sort.Direction.Descending);
    private static final String OF_SUBJECT = "subjectKind = :kind and subjectId = :id";

    @Override
    public void append(AdministrationEvent event) {
        persist(event);
    }

    @Override
    public Page<AdministrationEvent> historyOf(Subject subjectKind, String subjectId, Paging paging) {
        Parameters parameters = Parameters.with("kind", subjectKind).and("id", subjectId);
        long total = count(OF_SUBJECT, parameters);
        List<AdministrationEvent> items = total <= paging.offset()
                ? List.of()
                : find(OF_SUBJECT, LATEST_FIRST, parameters).page(paging.page() - 1, paging.pageSize()).list();
        return Page.of(items, paging, total);
    }
}
