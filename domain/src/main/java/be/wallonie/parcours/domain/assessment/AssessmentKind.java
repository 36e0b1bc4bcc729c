package be.wallonie.parcours.domain.assessment;

/** Who decided an obligation assessment. */
public enum AssessmentKind {
    /** The obligation rules, on the person's facts. */
    RULES_ENGINE,
    /** A CRI supervisor recorded a dispense on evidence (CWASS art. 152/7 §3), such as a medical certificate. */
    RECORDED_DISPENSE
}
