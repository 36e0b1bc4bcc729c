package be.wallonie.parcours.domain.obligation;

import static be.wallonie.parcours.domain.obligation.ObligationStatus.DISPENSED;
import static be.wallonie.parcours.domain.obligation.ObligationStatus.NOT_IN_TARGET;
import static be.wallonie.parcours.domain.obligation.ObligationStatus.OUT_OF_SCOPE;

/**
 * The legal provisions that take a person out of the obligation, each with the verdict it gives and its source. CWASS
 * is the Walloon Code of social action and health (decree part), CRWASS its regulatory part (orders of the Walloon
 * Government, AGW). The constants are declared in the order of precedence of {@link ObligationRules}.
 */
public enum ObligationCode {
    GERMAN_SPEAKING_COMMUNE(OUT_OF_SCOPE, "Resides in a commune of the German-language region",
            "CWASS art. 150, al. 1, 1° (persons residing in the French-language region)"), BELGIAN(NOT_IN_TARGET,
                    "Belgian national",
                    "CWASS art. 150, al. 1, 1° (persons without Belgian nationality)"), UE_PLUS_CITIZEN(NOT_IN_TARGET,
                            "Citizen of a UE+ state",
                            "CWASS art. 150, al. 1, 3° and 4° (citizens of UE+ states excepted);"
                                    + " EU-UK Withdrawal Agreement beneficiaries by setting"), UE_PLUS_FAMILY_MEMBER(
                                            NOT_IN_TARGET, "Family member of a citizen of a UE+ state",
                                            "CWASS art. 150, al. 1, 4° (family members excepted: Directive 2004/38/EC, EEA Agreement,"
                                                    + " EU-Swiss Agreement)"), PROTECTION_APPLICANT(NOT_IN_TARGET,
                                                            "Applicant for international protection",
                                                            "CWASS art. 150, al. 1, 4°, as amended by the decree of 14 March 2024"), NO_PERMIT(
                                                                    NOT_IN_TARGET, "No residence permit",
                                                                    "CWASS art. 150, al. 1, 4° (residence permit of more than 3 months)"), SHORT_PERMIT(
                                                                            NOT_IN_TARGET,
                                                                            "Residence permit of 3 months or less",
                                                                            "CWASS art. 150, al. 1, 4° (residence permit of more than 3 months)"), LONG_STAY(
                                                                                    NOT_IN_TARGET,
                                                                                    "Legal stay of 3 years or more on the permit order date",
                                                                                    "CWASS art. 150, al. 1, 4° (legal stay in Belgium for less than 3 years)"), PERMIT_BEFORE_2016(
                                                                                            NOT_IN_TARGET,
                                                                                            "Residence permit ordered before 19 May 2016",
                                                                                            "Decree of 28 April 2016 amending the CWASS, in force on 19 May 2016"), D3(
                                                                                                    DISPENSED,
                                                                                                    "Under 18 on the permit order date, or aged 65 or over (on that date or since)",
                                                                                                    "CWASS art. 152/7 §3 and CRWASS (dispense by age)"), D8(
                                                                                                            DISPENSED,
                                                                                                            "Beneficiary of temporary protection, or family member whose stay depends on one",
                                                                                                            "CRWASS art. 238/3 (AGW of 29 September 2022); law of 15 December 1980, art. 57/29 to 57/36"), D6(
                                                                                                                    DISPENSED,
                                                                                                                    "National of a state whose EU association agreement has a standstill clause",
                                                                                                                    "CWASS art. 152/7 §3 and CRWASS; EU-Turkey association agreement (standstill clause)"), D1(
                                                                                                                            DISPENSED,
                                                                                                                            "Medical certificate: following the programme is impossible",
                                                                                                                            "CWASS art. 152/7 §3 and CRWASS (medical certificate)"), D2(
                                                                                                                                    DISPENSED,
                                                                                                                                    "Certificate or diploma obtained in Belgian education",
                                                                                                                                    "CWASS art. 152/7 §3 and CRWASS (Belgian certificate or diploma)"), D5(
                                                                                                                                            DISPENSED,
                                                                                                                                            "Regular or exchange student, doctoral grant holder, or higher-education teacher",
                                                                                                                                            "CWASS art. 152/7 §3 and CRWASS (studies and higher education)"), D7(
                                                                                                                                                    DISPENSED,
                                                                                                                                                    "Holds an attestation of this programme or of a similar programme of another entity",
                                                                                                                                                    "CWASS art. 152/7 §3 and CRWASS (prior integration attestation)"), D4(
                                                                                                                                                            DISPENSED,
                                                                                                                                                            "Work of at least half-time for a continuous period of more than 3 months",
                                                                                                                                                            "CWASS art. 152/7 §3, as amended by the decree of 8 November 2018 (professional activity)");

    private final ObligationStatus status;
    private final String provision;
    private final String legalSource;

    ObligationCode(ObligationStatus status, String provision, String legalSource) {
        this.status = status;
        this.provision = provision;
        this.legalSource = legalSource;
    }

    /** The verdict this provision gives when it applies and no earlier provision does. */
    public ObligationStatus status() {
        return status;
    }

    /** What the provision says, in a few words. */
    public String provision() {
        return provision;
    }

    public String legalSource() {
        return legalSource;
    }

    /** Starts the trace of this provision: whether it applies; the facts it used are added with {@code with}. */
    RuleEvaluation evaluation(boolean applied) {
        return new RuleEvaluation(this, applied);
    }
}
