package be.wallonie.parcours.domain.operator;

/** Where an enrolment stands. */
public enum EnrolmentStatus {
    /** The person follows the training. */
    ACTIVE,
    /** The person finished the training with the operator. */
    COMPLETED,
    /** The enrolment ended before completion (a change of operator, a move). */
    WITHDRAWN
}
