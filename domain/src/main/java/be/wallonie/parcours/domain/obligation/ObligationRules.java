package be.wallonie.parcours.domain.obligation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The obligation to follow the integration programme (CWASS art. 150 to 152/7): decides whether a person is obliged,
 * dispensed, not in the target group or out of scope, and until when an obliged person has to obtain the attestation.
 * <p>
 * Every provision is evaluated, in this order of precedence, and the first that applies decides: out of scope (the
 * German-language region); not in the target group ({@code BELGIAN}, {@code UE_PLUS_CITIZEN},
 * {@code UE_PLUS_FAMILY_MEMBER}, {@code PROTECTION_APPLICANT}, {@code NO_PERMIT}, {@code SHORT_PERMIT},
 * {@code LONG_STAY}, {@code PERMIT_BEFORE_2016}); dispensed ({@code D3}, {@code D8}, {@code D6}, {@code D1},
 * {@code D2}, {@code D5}, {@code D7}, {@code D4}); otherwise obliged. The explanation lists every provision; the
 * others that applied are listed with the verdict.
 */
public final class ObligationRules {

    private final ObligationSettings settings;
    private final List<Function<ObligationFacts, RuleEvaluation>> provisionsInPrecedenceOrder;

    public ObligationRules(CountryGroups countryGroups, ObligationSettings settings) {
        this.settings = settings;
        TargetGroupRules targetGroup = new TargetGroupRules(countryGroups, settings);
        DispenseRules dispenses = new DispenseRules(settings);
        this.provisionsInPrecedenceOrder = List.of(
                targetGroup::germanSpeakingCommune,
                targetGroup::belgian,
                targetGroup::uePlusCitizen,
                targetGroup::uePlusFamilyMember,
                targetGroup::protectionApplicant,
                targetGroup::noPermit,
                targetGroup::shortPermit,
                targetGroup::longStay,
                targetGroup::permitBefore2016,
                dispenses::age,
                dispenses::temporaryProtection,
                dispenses::standstillNationality,
                dispenses::medicalCertificate,
                dispenses::belgianDiploma,
                dispenses::studies,
                dispenses::priorAttestation,
                dispenses::employment);
    }

    public ObligationVerdict evaluate(ObligationFacts facts) {
        List<RuleEvaluation> explanation = provisionsInPrecedenceOrder.stream()
                .map(provision -> provision.apply(facts))
                .toList();
        List<ObligationCode> applicable = explanation.stream()
                .filter(RuleEvaluation::applied)
                .map(RuleEvaluation::code)
                .toList();
        RuleSetVersion version = RuleSetVersion.applicableOn(facts.referenceDate(), settings);
        String criCode = facts.commune().isGermanSpeaking() ? null : facts.commune().criCode();
        if (applicable.isEmpty()) {
            Deadline deadline = Deadline.countedFrom(obligationStart(facts), version.deadlineRegime());
            return new ObligationVerdict(ObligationStatus.OBLIGED, null, deadline, criCode, version, explanation,
                    List.of());
        }
        ObligationCode decisive = applicable.get(0);
        return new ObligationVerdict(decisive.status(), decisive, null, criCode, version, explanation,
                applicable.subList(1, applicable.size()));
    }

    /**
     * The day the obligation started: the permit order date, or the 18th birthday of a person who was a minor on that
     * date and is obliged because the settings make a minor obliged on turning 18.
     */
    private static LocalDate obligationStart(ObligationFacts facts) {
        LocalDate orderDate = facts.permit().orderDate();
        boolean minorOnOrderDate = facts.ageOn(orderDate) < DispenseRules.MAJORITY_AGE;
        return minorOnOrderDate ? facts.birthDate().plusYears(DispenseRules.MAJORITY_AGE) : orderDate;
    }
}
