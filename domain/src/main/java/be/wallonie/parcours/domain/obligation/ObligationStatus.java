package be.wallonie.parcours.domain.obligation;

/** Outcome of the obligation check (domain rules §3). */
public enum ObligationStatus {
    /** In the target group and not dispensed: must obtain the attestation before the deadline. */
    OBLIGED,
    /** In the target group, but relieved of the obligation; may follow the programme as a volunteer. */
    DISPENSED,
    /** Not a newcomer within CWASS art. 150; may follow the programme as a volunteer. */
    NOT_IN_TARGET,
    /** Living in the German-language region, where the Walloon programme does not apply. */
    OUT_OF_SCOPE
}
