package be.wallonie.parcours.domain.attestation;

/** Renders an issued attestation (its frozen content, number and verification code) as the official PDF. */
@FunctionalInterface
public interface AttestationRenderer {

    /** The PDF document's bytes. */
    byte[] render(Attestation attestation);
}
