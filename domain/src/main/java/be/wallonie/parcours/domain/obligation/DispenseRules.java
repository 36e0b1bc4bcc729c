package be.wallonie.parcours.domain.obligation;

import static be.wallonie.parcours.domain.obligation.ObligationCode.D1;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D2;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D3;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D4;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D5;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D6;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D7;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D8;

import java.time.LocalDate;
import java.util.List;

/**
 * The dispenses of CWASS art. 152/7 §3 and of the CRWASS: newcomers relieved of the obligation. Each method is one
 * dispense, D1 to D8.
 */
final class DispenseRules {

    /** Below this age on the reference date, a person is dispensed (D3). */
    static final int MAJORITY_AGE = 18;
    /**
     * From this age a person is dispensed (D3): 65 is dispensed, 64 is not. Like D4, it can arise during the programme:
     * a person obliged at 64 is dispensed from the 65th birthday on, judged on the day of the check.
     */
    static final int SENIOR_AGE = 65;

    private final ObligationSettings settings;

    DispenseRules(ObligationSettings settings) {
        this.settings = settings;
    }

    /**
     * D3: under 18 on the reference date, or 65 and over on the reference date or on the day of the check (the 65th
     * birthday during the programme dispenses from that day on). When the setting makes a minor obliged on turning 18,
     * minority is judged on the day of the check instead.
     */
    RuleEvaluation age(ObligationFacts facts) {
        LocalDate referenceDate = facts.referenceDate();
        int age = facts.ageOn(referenceDate);
        LocalDate minorityJudgedOn = minorityJudgedOn(facts);
        boolean minor = facts.ageOn(minorityJudgedOn) < MAJORITY_AGE;
        LocalDate seniorityJudgedOn = facts.asOf().isAfter(referenceDate) ? facts.asOf() : referenceDate;
        int ageOnSeniorityDate = facts.ageOn(seniorityJudgedOn);
        return D3.evaluation(minor || ageOnSeniorityDate >= SENIOR_AGE)
                .with("referenceDate", referenceDate)
                .with("ageOnReferenceDate", age)
                .with("minorityJudgedOn", minorityJudgedOn)
                .with("seniorityJudgedOn", seniorityJudgedOn)
                .with("ageOnSeniorityDate", ageOnSeniorityDate);
    }

    private LocalDate minorityJudgedOn(ObligationFacts facts) {
        boolean later = settings.minorBecomesObligedAtEighteen() && facts.asOf().isAfter(facts.referenceDate());
        return later ? facts.asOf() : facts.referenceDate();
    }

    /** D8: the temporary protection status dispenses, not the nationality (CRWASS art. 238/3, 1° and 2°). */
    RuleEvaluation temporaryProtection(ObligationFacts facts) {
        boolean beneficiary = facts.hasPermitOfType(PermitType.TEMPORARY_PROTECTION);
        boolean familyMember = facts.familyMemberOf() == FamilyLink.TEMPORARY_PROTECTION_BENEFICIARY;
        return D8.evaluation(beneficiary || familyMember)
                .withPermitType(facts)
                .with("familyMemberOf", facts.familyMemberOf());
    }

    RuleEvaluation standstillNationality(ObligationFacts facts) {
        return D6.evaluation(settings.standstillNationalities().contains(facts.nationality()))
                .with("nationality", facts.nationality())
                .with("standstillNationalities", settings.standstillNationalities().stream().map(Object::toString)
                        .sorted().toList());
    }

    RuleEvaluation medicalCertificate(ObligationFacts facts) {
        return D1.evaluation(facts.medicalCertificate()).with("medicalCertificate", facts.medicalCertificate());
    }

    RuleEvaluation belgianDiploma(ObligationFacts facts) {
        return D2.evaluation(facts.belgianDiploma()).with("belgianDiploma", facts.belgianDiploma());
    }

    /**
     * D5: a study status, or a student permit, which is issued for regular studies only (law of 15 December 1980,
     * art. 58).
     */
    RuleEvaluation studies(ObligationFacts facts) {
        boolean studentPermit = facts.hasPermitOfType(PermitType.STUDENT);
        return D5.evaluation(facts.studyStatus() != StudyStatus.NONE || studentPermit)
                .with("studyStatus", facts.studyStatus())
                .withPermitType(facts);
    }

    RuleEvaluation priorAttestation(ObligationFacts facts) {
        return D7.evaluation(facts.priorAttestation()).with("priorAttestation", facts.priorAttestation());
    }

    /** D4: one period of at least half-time that has lasted more than 3 months on the day of the assessment. */
    RuleEvaluation employment(ObligationFacts facts) {
        List<EmploymentPeriod> periods = facts.employment();
        RuleEvaluation evaluation = D4.evaluation(periods.stream().anyMatch(period -> period.dispensesOn(facts.asOf())))
                .with("asOf", facts.asOf());
        for (int index = 0; index < periods.size(); index++) {
            EmploymentPeriod period = periods.get(index);
            evaluation = evaluation.with("employment[" + index + "]", "from " + period.start()
                    + (period.end() == null ? ", ongoing" : " to " + period.end())
                    + ", fraction " + period.fraction().toPlainString()
                    + ", more than 3 months from " + period.moreThanThreeMonthsFrom());
        }
        return evaluation;
    }
}
