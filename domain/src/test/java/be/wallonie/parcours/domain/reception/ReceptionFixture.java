package be.wallonie.parcours.domain.reception;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.casefile.CaseFile;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The parts of a reception module, as a social worker records them. */
public final class ReceptionFixture {

    private ReceptionFixture() {
    }

    /** A need in every domain, none of them a need. */
    public static Map<NeedDomain, Need> noNeeds() {
        Map<NeedDomain, Need> needs = new EnumMap<>(NeedDomain.class);
        for (NeedDomain domain : NeedDomain.values()) {
            needs.put(domain, Need.none());
        }
        return needs;
    }

    /** Needs in French and in work and training; the orientation towards ISP as given. */
    public static SocialReview socialReview(LocalDate on, boolean recommendsOrientation) {
        Map<NeedDomain, Need> needs = noNeeds();
        needs.put(NeedDomain.FRENCH, new Need(NeedLevel.HIGH, "Speaks a little French, does not write it"));
        needs.put(NeedDomain.WORK_AND_TRAINING, new Need(NeedLevel.MODERATE, "Nurse in her country"));
        return new SocialReview(on, needs, "Lives with her husband", recommendsOrientation);
    }

    public static RightsAndDutiesSession groupSessionWithInterpreter(LocalDate on) {
        return new RightsAndDutiesSession(on, SessionFormat.GROUP, "ar");
    }

    public static FrenchTest frenchTest(LocalDate on, CefrLevel level) {
        return new FrenchTest(on, level);
    }

    /**
     * A reception module started on {@code start}, with the social review 2 weeks later, the French test 3 weeks
     * later and the rights-and-duties session 5 weeks later (complete then).
     */
    public static ReceptionModule completed(CaseFile file, LocalDate start, CefrLevel level,
            boolean recommendsOrientation) {
        ReceptionModule module = ReceptionModule.startFor(file, Staff.AGENT, Staff.at(start));
        module.recordSocialReview(socialReview(start.plusWeeks(2), recommendsOrientation), Staff.AGENT,
                Staff.at(start.plusWeeks(2)));
        module.recordFrenchTest(frenchTest(start.plusWeeks(3), level), Staff.AGENT, Staff.at(start.plusWeeks(3)));
        module.recordRightsAndDutiesSession(groupSessionWithInterpreter(start.plusWeeks(5)), Staff.AGENT,
                Staff.at(start.plusWeeks(5)));
        return module;
    }
}
