package be.wallonie.parcours.domain.audit;

import be.wallonie.parcours.domain.audit.AdministrationEvent.Subject;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;

/** Where the administrators' changes are kept: appended, never changed nor deleted. */
public interface AdministrationEventRepository {

    void append(AdministrationEvent event);

    /** The changes made to one account or operator, the latest first. */
    Page<AdministrationEvent> historyOf(Subject subjectKind, String subjectId, Paging paging);
}
