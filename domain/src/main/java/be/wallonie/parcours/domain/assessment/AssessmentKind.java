package be.wallonie.parcours.domain.assessment;

/** Who decided an obligation assessment. */
public enum AssessmentKind {
    /**
     * The obligation rules, on the person's facts; a dispense on facts declared at the desk is stored as
     * {@link be.wallonie.parcours.domain.obligation.ObligationStatus#DISPENSE_TO_CONFIRM}.
     */
    RULES_ENGINE,
    /**
     * A CRI supervisor recorded a dispense on evidence (CWASS art. 152/7 §3), such as a medical certificate: on their
     * own, or confirming a dispense to confirm (then {@link ObligationAssessment#decides()} names it).
     */
    RECORDED_DISPENSE,
    /** A CRI supervisor rejected a dispense to confirm, with a reason: the person is obliged. */
    REJECTED_DISPENSE
}
