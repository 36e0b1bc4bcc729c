package be.wallonie.parcours.domain.casefile;

/**
 * What staff can do on a case file, as a stable code (ADR 0032): the back office renders one form per code that the
 * file allows now ({@code AllowedActions}), instead of deciding again from the state. The names follow the glossary.
 */
public enum CaseFileAction {
    /** Start the reception module ({@code OPENED → RECEPTION}). */
    START_RECEPTION,
    /** Record the social review (<i>bilan social</i>). */
    RECORD_SOCIAL_REVIEW,
    /** Record the rights-and-duties session. */
    RECORD_RIGHTS_SESSION,
    /** Record the French level test, or why it is not needed. */
    RECORD_FRENCH_TEST,
    /** Propose the convention the reception module calls for. */
    PROPOSE_CONVENTION,
    /** Sign the proposed convention ({@code RECEPTION → CONVENTION_SIGNED}). */
    SIGN_CONVENTION,
    /** Enrol the person with an operator for an axis. */
    ENROL,
    /** Record a follow-up (evaluation) interview. */
    RECORD_INTERVIEW,
    /** Amend the signed convention. */
    AMEND_CONVENTION,
    /** Record a certificate of French that completes the French axis. */
    RECORD_FRENCH_CERTIFICATE,
    /** Release the person from the socio-professional orientation because they work. */
    RECORD_WORK_RELEASE,
    /** Issue the final attestation ({@code COMPLETED → ATTESTATION_ISSUED}). */
    ISSUE_ATTESTATION,
    /** Revoke the issued attestation. */
    REVOKE_ATTESTATION,
    /** Suspend the file. */
    SUSPEND,
    /** Resume the suspended file. */
    RESUME,
    /** Close the file without an attestation. */
    CLOSE,
    /** Extend the final deadline of an obliged person. */
    EXTEND_DEADLINE,
    /** Transfer the file to the CRI of the person's new commune. */
    TRANSFER;

    /** A decision kept for a CRI supervisor (the deadline, the transfer, the attestation). */
    public boolean isSupervisorDecision() {
        return this == EXTEND_DEADLINE || this == TRANSFER || this == ISSUE_ATTESTATION || this == REVOKE_ATTESTATION;
    }
}
