package be.wallonie.parcours.api.obligation;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.wallonie.parcours.domain.assessment.AssessmentRepository;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.obligation.ObligationFacts;
import be.wallonie.parcours.domain.obligation.ObligationRules;
import be.wallonie.parcours.domain.obligation.ObligationVerdict;
import be.wallonie.parcours.domain.person.Person;

/**
 * Runs the rules engine on the facts of a request or of a registered person. Reads reference data only: it stores
 * nothing (the caller stores a person's assessment).
 */
@ApplicationScoped
@Transactional
public class ObligationCheckService {

    private final ObligationRules rules;
    private final CommunesOfResidence communes;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final AssessmentRepository assessments;

    ObligationCheckService(ObligationRules rules, CommunesOfResidence communes, Clock clock, ObjectMapper mapper,
            AssessmentRepository assessments) {
        this.rules = rules;
        this.communes = communes;
        this.clock = clock;
        this.mapper = mapper;
        this.assessments = assessments;
    }

    /**
     * @throws be.wallonie.parcours.domain.shared.InvalidValueException naming every faulty field
     */
    public ObligationVerdict check(ObligationCheckRequest request) {
        return rules.evaluate(request.toFacts(LocalDate.now(clock), communes::find));
    }

    /** The facts of a registered person that the rules read today. */
    public ObligationFacts factsOf(Person person) {
        return person.obligationFacts(LocalDate.now(clock), communes::find);
    }

    /**
     * The rules' verdict on a registered person's facts as they stand today, ready to be stored as history: its inputs
     * and explanation are kept as JSON. A dispense that rests only on facts declared at the desk is a dispense to
     * confirm (docs/adr/0030), whoever entered the facts: the person stays obliged until a supervisor confirms it.
     */
    public ObligationAssessment assess(Person person, String assessedBy) {
        LocalDate today = LocalDate.now(clock);
        ObligationFacts facts = person.obligationFacts(today, communes::find);
        ObligationVerdict verdict = rules.evaluate(facts);
        ObligationVerdict withoutDeclaredFacts = rules.evaluate(facts.withoutDeclaredDispenses());
        return ObligationAssessment.ofVerdict(person.id(), verdict, withoutDeclaredFacts,
                assessments.historyOf(person.id()), today, json(facts),
                json(ObligationCheckResponse.of(verdict).explanation()), assessedBy, clock.instant());
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the assessment", e);
        }
    }
}
