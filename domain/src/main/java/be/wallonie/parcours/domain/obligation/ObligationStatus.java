package be.wallonie.parcours.domain.obligation;

/** Outcome of the obligation check (domain rules §3). */
public enum ObligationStatus {
    /** In the target group and not dispensed: must obtain the attestation before the deadline. */
    OBLIGED,
    /** In the target group, but relieved of the obligation; may follow the programme as a volunteer. */
    DISPENSED,
    /**
     * A stored assessment only, never a verdict of the rules: the rules dispense the person on facts declared at the
     * desk (D1, D2, D4 by employment, D5 by studies, D7), which a CRI supervisor has not confirmed on evidence yet. Until then the
     * person is obliged: the deadline runs, the case file and the work queues treat them as obliged.
     */
    DISPENSE_TO_CONFIRM,
    /** Not a newcomer within CWASS art. 150; may follow the programme as a volunteer. */
    NOT_IN_TARGET,
    /** Living in the German-language region, where the Walloon programme does not apply. */
    OUT_OF_SCOPE
}
