package be.wallonie.parcours.domain.attestation;

import be.wallonie.parcours.domain.shared.Refusal;
import java.util.Map;

/** An attestation the rules refuse to issue, or a revocation they refuse. */
public class AttestationException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** Why the request is refused. */
    public enum Reason {
        /** Only a supervisor of the CRI issues or revokes an attestation. */
        NOT_A_SUPERVISOR,
        /** The case file, or the attestation, belongs to another CRI. */
        OTHER_CRI,
        /** The person given is not the person of the case file. */
        OTHER_PERSON,
        /** A required axis of the convention is not done: the message names each, with its hours. */
        AXES_UNFINISHED,
        /** Every axis is done, but the case file is not {@code COMPLETED}. */
        FILE_NOT_COMPLETED,
        /** The case file already has its attestation. */
        ALREADY_ISSUED,
        /** The attestation is revoked already: a revocation is final. */
        ALREADY_REVOKED
    }

    public AttestationException(Reason reason, String message) {
        super("ATTESTATION", reason, message);
    }

    /**
     * A refusal with the facts that explain it, by name (states, axes, hours, dates, codes), which the API renders in
     * the reader's language; {@code message} is English, for the logs.
     */
    public AttestationException(Reason reason, String message, Map<String, ?> arguments) {
        super("ATTESTATION", reason, message, arguments);
    }
}
