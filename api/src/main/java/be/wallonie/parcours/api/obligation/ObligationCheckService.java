package be.wallonie.parcours.api.obligation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.domain.obligation.ObligationRules;
import be.wallonie.parcours.domain.obligation.ObligationVerdict;

/** Runs the rules engine on the facts of a request. Reads reference data only: it stores nothing. */
@ApplicationScoped
@Transactional
public class ObligationCheckService {

    private final ObligationRules rules;
    private final CommunesOfResidence communes;
    private final Clock clock;

    ObligationCheckService(ObligationRules rules, CommunesOfResidence communes, Clock clock) {
        this.rules = rules;
        this.communes = communes;
        this.clock = clock;
    }

    /**
     * @throws be.wallonie.parcours.domain.shared.InvalidValueException naming every faulty field
     */
    public ObligationVerdict check(ObligationCheckRequest request) {
        return rules.evaluate(request.toFacts(LocalDate.now(clock), communes::find));
    }
}
