package be.wallonie.parcours.domain.selfcheck;

/** Where a newcomer stands on one step of the programme. */
public enum StepState {
    VALIDATED, TO_DO
}
