package be.wallonie.parcours.api.attestation;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationContent;
import be.wallonie.parcours.domain.attestation.RecipientKind;
import be.wallonie.parcours.domain.attestation.Transmission;
import be.wallonie.parcours.domain.attestation.TransmissionStatus;

/**
 * An attestation as its CRI sees it: the number, the content frozen at issue, the PDF's hash, the public verification
 * code, the revocation, and where each copy due to the commune and the CPAS stands.
 */
@Schema(name = "Attestation")
public record AttestationResponse(UUID id, UUID caseFileId,
        @Schema(maxLength = ResponseBounds.ATTESTATION_NUMBER, example = "CRIPEL-2026-00042") String number,
        LocalDate issuedOn, @Schema(maxLength = ResponseBounds.USERNAME) String issuedBy, Instant issuedAt,
        @Schema(maxLength = ResponseBounds.VERIFICATION_CODE, example = "7K3D-QX9M-2B4T") String verificationCode,
        @Schema(maxLength = ResponseBounds.URL, example = "http://localhost:8080/verify/7K3D-QX9M-2B4T") String verificationUrl,
        @Schema(maxLength = ResponseBounds.SHA256, pattern = "^[0-9a-f]{64}$", description = "SHA-256 of the PDF, in hexadecimal") String pdfSha256,
        boolean revoked,
        @Schema(nullable = true) Instant revokedAt,
        @Schema(maxLength = ResponseBounds.TEXT, nullable = true) String revocationReason,
        @Schema(description = "What the attestation states, frozen at issue") AttestationContent content,
        @Schema(maxItems = 2, description = "The copies due: to the commune, and to its CPAS when the person receives its aid") List<Copy> transmissions) {

    /** A copy due to a commune or a CPAS, and where it stands. */
    @Schema(name = "TransmissionStatusLine")
    public record Copy(UUID id, RecipientKind recipientKind,
            @Schema(maxLength = ResponseBounds.NIS_CODE, example = "62063") String nisCode,
            TransmissionStatus status, Instant dueAt, @Schema(nullable = true) Instant firstFetchedAt,
            @Schema(minimum = "0", maximum = "2147483647") int fetchCount,
            @Schema(nullable = true) Instant acknowledgedAt) {
        static Copy of(Transmission transmission) {
            return new Copy(transmission.id(), transmission.recipient().kind(), transmission.recipient().nisCode(),
                    transmission.status(), transmission.dueAt(), transmission.firstFetchedAt().orElse(null),
                    transmission.fetchCount(), transmission.acknowledgedAt().orElse(null));
        }
    }

    static AttestationResponse of(Attestation attestation, String verificationUrl) {
        return new AttestationResponse(attestation.id(), attestation.caseFileId(), attestation.number().toString(),
                attestation.issuedOn(), attestation.issuedBy(), attestation.issuedAt(),
                attestation.verificationCode().toString(), verificationUrl, attestation.pdfSha256(),
                attestation.isRevoked(), attestation.revocation().map(r -> r.at()).orElse(null),
                attestation.revocation().map(r -> r.reason()).orElse(null), attestation.content(),
                attestation.transmissions().stream().map(Copy::of).toList());
    }
}
