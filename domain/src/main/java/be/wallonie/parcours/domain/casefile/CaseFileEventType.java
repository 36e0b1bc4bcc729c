package be.wallonie.parcours.domain.casefile;

/** What happened on a case file: a transition between states, or a record on the file's timeline. */
public enum CaseFileEventType {
    /** Transition: the file is opened at a CRI. */
    OPENED,
    /** Transition: the file is opened at a CRI as the continuation of a file transferred from another CRI. */
    TRANSFERRED_IN,
    /** Transition: the reception module starts. */
    RECEPTION_STARTED,
    /** Transition: the convention is signed. */
    CONVENTION_SIGNED,
    /** Transition: the first enrolment with an operator. */
    TRAINING_STARTED,
    /** Transition: every axis of the convention is done. */
    COMPLETED,
    /** Transition: the final attestation is issued. */
    ATTESTATION_ISSUED,
    /** Transition: the file is suspended. */
    SUSPENDED,
    /** Transition: the file returns to the state it was suspended in. */
    RESUMED,
    /** Transition: the person moved to another CRI's territory; the file is frozen. */
    TRANSFERRED_OUT,
    /** Transition: the file is closed, with a reason. */
    CLOSED,
    /** The social review (<i>bilan social</i>) is recorded. */
    SOCIAL_REVIEW_RECORDED,
    /** The rights-and-duties session (<i>droits et devoirs</i>) is recorded. */
    RIGHTS_AND_DUTIES_SESSION_RECORDED,
    /** The French test result is recorded. */
    FRENCH_TEST_RECORDED,
    /** The French test is not needed (French mother tongue, for example). */
    FRENCH_TEST_NOT_NEEDED,
    /** Every part of the reception module is done. */
    RECEPTION_COMPLETED,
    /** A convention is proposed from the reception module. */
    CONVENTION_PROPOSED,
    /** The signed convention is amended: a new version. */
    CONVENTION_AMENDED,
    /** The person is enrolled on an axis with an operator. */
    ENROLLED,
    /** An enrolment is completed. */
    ENROLMENT_COMPLETED,
    /** An enrolment is withdrawn. */
    ENROLMENT_WITHDRAWN,
    /** An evaluation interview (<i>entretien d'évaluation</i>) is held. */
    INTERVIEW_HELD,
    /** A supervisor extends the final deadline. */
    DEADLINE_EXTENDED,
    /** A new obligation assessment applies to the file. */
    REASSESSED;

    /** Whether this event moves the file from one state to another. */
    public boolean isTransition() {
        return switch (this) {
            case OPENED, TRANSFERRED_IN, RECEPTION_STARTED, CONVENTION_SIGNED, TRAINING_STARTED, COMPLETED,
                    ATTESTATION_ISSUED, SUSPENDED, RESUMED, TRANSFERRED_OUT, CLOSED ->
                true;
            default -> false;
        };
    }
}
