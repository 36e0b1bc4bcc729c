package be.wallonie.parcours.api.problem;

/**
 * A step of a case file refused because an earlier step was not taken: the file exists, so this is not a 404 (which is
 * for unknown or foreign records only) but a 409 {@code conflict} with a stable code, translated under
 * {@code refusal.<code>} (docs/adr/0023-http-edge.md). Reading a part that does not exist yet (GET of a convention
 * never proposed) stays a 404: that record is unknown.
 */
public enum MissingStep {

    /** A reception step before the reception module started. */
    RECEPTION_NOT_STARTED("RECEPTION.NOT_STARTED"),
    /** A convention signed or amended, an enrolment or hours recorded, before any convention was proposed. */
    CONVENTION_NOT_PROPOSED("CONVENTION.NOT_PROPOSED"),
    /** An attestation revoked before one was issued. */
    ATTESTATION_NOT_ISSUED("ATTESTATION.NOT_ISSUED");

    private final String code;

    MissingStep(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The 409 problem refusing the step. */
    public ProblemException refusal() {
        return ProblemException.refused(code);
    }
}
