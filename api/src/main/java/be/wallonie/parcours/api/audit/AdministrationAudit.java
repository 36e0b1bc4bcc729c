package be.wallonie.parcours.api.audit;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.domain.audit.AdministrationEvent;
import be.wallonie.parcours.domain.audit.AdministrationEvent.Action;
import be.wallonie.parcours.domain.audit.AdministrationEvent.Subject;
import be.wallonie.parcours.domain.audit.AdministrationEventRepository;

/**
 * Records each change an administrator makes to a staff account or an operator, inside the change's transaction, and
 * logs it with identifiers only: the account's id or the operator's code and the names of the changed fields.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AdministrationAudit {

    private static final Logger LOG = Logger.getLogger(AdministrationAudit.class);

    private final AdministrationEventRepository events;
    private final CurrentUser user;
    private final Clock clock;

    AdministrationAudit(AdministrationEventRepository events, CurrentUser user, Clock clock) {
        this.events = events;
        this.user = user;
        this.clock = clock;
    }

    public void record(Subject subject, String subjectId, Action action, List<String> changedFields) {
        String fields = String.join(",", changedFields);
        events.append(new AdministrationEvent(clock.instant(), user.username(), subject, subjectId, action, fields));
        LOG.infof("Administration: %s %s %s by %s [%s]", action, subject, subjectId, user.username(), fields);
    }
}
