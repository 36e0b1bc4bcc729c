package be.wallonie.parcours.domain.obligation;

import static be.wallonie.parcours.domain.obligation.ObligationCode.BELGIAN;
import static be.wallonie.parcours.domain.obligation.ObligationCode.GERMAN_SPEAKING_COMMUNE;
import static be.wallonie.parcours.domain.obligation.ObligationCode.LONG_STAY;
import static be.wallonie.parcours.domain.obligation.ObligationCode.NO_PERMIT;
import static be.wallonie.parcours.domain.obligation.ObligationCode.PERMIT_BEFORE_2016;
import static be.wallonie.parcours.domain.obligation.ObligationCode.PROTECTION_APPLICANT;
import static be.wallonie.parcours.domain.obligation.ObligationCode.SHORT_PERMIT;
import static be.wallonie.parcours.domain.obligation.ObligationCode.UE_PLUS_CITIZEN;
import static be.wallonie.parcours.domain.obligation.ObligationCode.UE_PLUS_FAMILY_MEMBER;

import be.wallonie.parcours.domain.shared.CountryCode;
import java.util.Optional;

/**
 * Who is a newcomer (<i>personne primo-arrivante</i>), CWASS art. 150, al. 1: a person without Belgian nationality,
 * residing in the French-language region, legally staying in Belgium for less than 3 years and holding a residence
 * permit of more than 3 months, except citizens of UE+ states and their family members. Each method is one provision;
 * it applies when the person is <em>outside</em> the target group for that reason.
 */
final class TargetGroupRules {

    private static final int MAXIMUM_SHORT_PERMIT_MONTHS = 3;
    private static final int LONG_STAY_YEARS = 3;

    private final CountryGroups countryGroups;
    private final ObligationSettings settings;

    TargetGroupRules(CountryGroups countryGroups, ObligationSettings settings) {
        this.countryGroups = countryGroups;
        this.settings = settings;
    }

    RuleEvaluation germanSpeakingCommune(ObligationFacts facts) {
        return GERMAN_SPEAKING_COMMUNE.evaluation(facts.commune().isGermanSpeaking())
                .with("communeNis", facts.commune().nisCode())
                .with("territory", facts.commune().criCode());
    }

    RuleEvaluation belgian(ObligationFacts facts) {
        return BELGIAN.evaluation(facts.nationality().equals(CountryCode.BELGIUM))
                .with("nationality", facts.nationality());
    }

    /**
     * A citizen of a UE+ state. A registration as a Union citizen ({@link PermitType#EU_REGISTRATION}) is issued on a
     * UE+ nationality only, so it proves one even when the nationality given is another (a dual national); for a
     * United Kingdom national it is the registration of a Withdrawal Agreement beneficiary (card M), outside the
     * target group when the setting says so.
     */
    RuleEvaluation uePlusCitizen(ObligationFacts facts) {
        boolean uePlusNationality = countryGroups.isUePlus(facts.nationality());
        boolean british = facts.nationality().equals(CountryCode.UNITED_KINGDOM);
        boolean registeredAsUnionCitizen = facts.hasPermitOfType(PermitType.EU_REGISTRATION)
                && (!british || settings.withdrawalAgreementNotInTarget());
        RuleEvaluation evaluation = UE_PLUS_CITIZEN.evaluation(uePlusNationality || registeredAsUnionCitizen)
                .with("nationality", facts.nationality())
                .with("nationalityIsUePlus", uePlusNationality)
                .withPermitType(facts);
        return british
                ? evaluation.with("withdrawalAgreementNotInTarget", settings.withdrawalAgreementNotInTarget())
                : evaluation;
    }

    /**
     * A family member of a UE+ citizen. A card F ({@link PermitType#EU_FAMILY}) without a stated family link is
     * presumed to rest on a UE+ citizen; with the link {@link FamilyLink#BELGIAN} it does not (a Belgian who never used
     * free movement is outside Directive 2004/38/EC).
     */
    RuleEvaluation uePlusFamilyMember(ObligationFacts facts) {
        boolean familyOfUePlusCitizen = facts.familyMemberOf() == FamilyLink.UE_PLUS_CITIZEN;
        boolean euFamilyCardWithoutLink = facts.hasPermitOfType(PermitType.EU_FAMILY)
                && facts.familyMemberOf() == FamilyLink.NONE;
        return UE_PLUS_FAMILY_MEMBER.evaluation(familyOfUePlusCitizen || euFamilyCardWithoutLink)
                .with("familyMemberOf", facts.familyMemberOf())
                .withPermitType(facts);
    }

    RuleEvaluation protectionApplicant(ObligationFacts facts) {
        return PROTECTION_APPLICANT.evaluation(facts.hasPermitOfType(PermitType.PROTECTION_APPLICANT))
                .withPermitType(facts);
    }

    RuleEvaluation noPermit(ObligationFacts facts) {
        return NO_PERMIT.evaluation(facts.permit() == null)
                .withPermitType(facts);
    }

    /** A permit valid 3 months or less; a short stay is one by definition, whatever validity is given. */
    RuleEvaluation shortPermit(ObligationFacts facts) {
        ResidencePermitFacts permit = facts.permit();
        boolean shortPermit = permit != null && (permit.validityMonths() <= MAXIMUM_SHORT_PERMIT_MONTHS
                || permit.type() == PermitType.SHORT_STAY);
        RuleEvaluation evaluation = SHORT_PERMIT.evaluation(shortPermit).withPermitType(facts);
        return permit == null ? evaluation : evaluation.with("permit.validityMonths", permit.validityMonths());
    }

    /**
     * Legal stay of 3 years or more on the reference date: "less than 3 years" is not met on the third anniversary of
     * the start of legal stay.
     */
    RuleEvaluation longStay(ObligationFacts facts) {
        Optional<Integer> years = facts.yearsOfLegalStayOn(facts.referenceDate());
        return LONG_STAY.evaluation(years.map(completed -> completed >= LONG_STAY_YEARS).orElse(false))
                .with("legalStayStart", Optional.ofNullable(facts.legalStayStart()).map(Object::toString)
                        .orElse("unknown"))
                .with("referenceDate", facts.referenceDate())
                .with("yearsOfLegalStay", years.map(Object::toString).orElse("unknown"));
    }

    RuleEvaluation permitBefore2016(ObligationFacts facts) {
        ResidencePermitFacts permit = facts.permit();
        boolean before = permit != null && permit.orderDate().isBefore(RuleSetVersion.OBLIGATION_IN_FORCE);
        RuleEvaluation evaluation = PERMIT_BEFORE_2016.evaluation(before)
                .with("obligationInForce", RuleSetVersion.OBLIGATION_IN_FORCE);
        return permit == null ? evaluation : evaluation.with("permit.orderDate", permit.orderDate());
    }
}
