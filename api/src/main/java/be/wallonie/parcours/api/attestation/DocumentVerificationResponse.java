package be.wallonie.parcours.api.attestation;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.attestation.AttestationVerification;
import be.wallonie.parcours.domain.attestation.VerificationStatus;

/**
 * The check of a document: whether an attestation with this code was issued to someone born on this day and, if so,
 * whether it is still valid, when and by which CRI it was issued. Nothing about the person. An unknown code and a code
 * copied onto someone else's document get the same answer: no match.
 */
@Schema(name = "DocumentVerification")
public record DocumentVerificationResponse(
        @Schema(description = "Whether the code and the birth date belong to one attestation") boolean match,
        @Schema(nullable = true, description = "On a match: VALID or REVOKED") VerificationStatus status,
        @Schema(nullable = true) LocalDate issuedOn,
        @Schema(nullable = true) PublicVerificationResource.Verification.Cri cri,
        @Schema(nullable = true) LocalDate revokedOn) {

    /** The one answer for an unknown code and for a birth date that is not the holder's. */
    static final DocumentVerificationResponse NO_MATCH = new DocumentVerificationResponse(false, null, null, null,
            null);

    static DocumentVerificationResponse of(AttestationVerification verification) {
        return new DocumentVerificationResponse(true, verification.status(), verification.issuedOn(),
                new PublicVerificationResource.Verification.Cri(verification.criCode(), verification.criName()),
                verification.revokedOn());
    }
}
