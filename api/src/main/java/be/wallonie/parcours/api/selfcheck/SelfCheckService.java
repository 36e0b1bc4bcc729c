package be.wallonie.parcours.api.selfcheck;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.obligation.CommunesOfResidence;
import be.wallonie.parcours.api.obligation.PlausibleDates;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;
import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.selfcheck.SelfCheck;
import be.wallonie.parcours.domain.selfcheck.SelfCheckResult;
import be.wallonie.parcours.domain.shared.Violations;
import be.wallonie.parcours.domain.territory.Commune;
import be.wallonie.parcours.domain.territory.Cri;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/** The public self-check and deadline calculator. Reads reference data only: it stores nothing. */
@ApplicationScoped
@Transactional
public class SelfCheckService {

    private final SelfCheck selfCheck;
    private final ObligationSettings settings;
    private final TerritoryRepository territories;

    SelfCheckService(SelfCheck selfCheck, ObligationSettings settings, TerritoryRepository territories) {
        this.selfCheck = selfCheck;
        this.settings = settings;
        this.territories = territories;
    }

    /**
     * The self-check's result, and the CRI to contact.
     *
     * @param cri the CRI of the commune of the postal code; {@code null} without a postal code or out of scope
     */
    public record Outcome(SelfCheckResult result, Cri cri) {
    }

    public Outcome assess(SelfCheckRequest request) {
        Violations violations = new Violations();
        PlausibleDates.check(violations, "permitOrderDate", request.permitOrderDate());
        violations.throwIfAny();
        Commune commune = communeOf(request.givenPostalCode());
        SelfCheckResult result = selfCheck
                .assess(request.toAnswers(commune == null ? null : CommunesOfResidence.of(commune)));
        return new Outcome(result, commune == null || result.outOfScope() ? null : commune.cri());
    }

    /** The deadline of a person obliged by a permit ordered on this day: the one the rules engine computes. */
    public Optional<Deadline> deadline(LocalDate orderDate) {
        Violations violations = new Violations();
        PlausibleDates.check(violations, "orderDate", orderDate);
        violations.throwIfAny();
        return Deadline.forPermitOrderedOn(orderDate, settings);
    }

    /** The commune of a Walloon postal code (each covers one commune in the reference data; the first is taken). */
    private Commune communeOf(String postalCode) {
        if (postalCode == null) {
            return null;
        }
        // its form (4 digits) is checked by the request (SelfCheckRequest)
        return territories.findCommunesByPostalCode(postalCode).stream().findFirst()
                .orElseThrow(() -> ProblemException.invalid(new FieldIssue("postalCode", "issue.unknown-postal-code")));
    }
}
