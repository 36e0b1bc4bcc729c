package be.wallonie.parcours.domain.casefile;

import be.wallonie.parcours.domain.assessment.ObligationAssessment;

/** Whether the person follows the programme because the decree obliges them or of their own will. */
public enum Participation {
    /** Obliged (CWASS art. 152/7): a deadline, and a copy of the attestation to the commune. */
    OBLIGED,
    /** Dispensed or not in the target group, and following the programme anyway (<i>public volontaire</i>). */
    VOLUNTEER;

    public static Participation of(ObligationAssessment assessment) {
        return assessment.isObliged() ? OBLIGED : VOLUNTEER;
    }
}
