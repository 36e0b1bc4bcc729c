package be.wallonie.parcours.domain.assessment;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.obligation.ObligationRules;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.ObligationVerdict;
import be.wallonie.parcours.domain.obligation.ReferenceDataFixture;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonFixture;
import java.time.LocalDate;

/** Assessments made the way the API makes them: the rules engine on the person's facts. */
public final class AssessmentFixture {

    public static final ObligationRules RULES = new ObligationRules(ReferenceDataFixture.countryGroups(),
            ObligationSettings.defaults());

    private AssessmentFixture() {
    }

    /** The verdict of the rules on the person's facts as of {@code asOf}, assessed by the agent that day. */
    public static ObligationAssessment assess(Person person, LocalDate asOf) {
        ObligationVerdict verdict = RULES.evaluate(person.obligationFacts(asOf, ReferenceDataFixture.communes()));
        return ObligationAssessment.ofVerdict(person.id(), verdict, asOf, "{\"asOf\":\"" + asOf + "\"}",
                "[{\"code\":\"...\"}]", Staff.AGENT, Staff.at(asOf));
    }

    /** Obliged until 2024-09-10, assessed at registration on 2023-04-03. */
    public static ObligationAssessment obligedMoroccanInLiege() {
        return assess(PersonFixture.obligedMoroccanInLiege(), PersonFixture.MOROCCAN_REGISTERED_ON);
    }
}
