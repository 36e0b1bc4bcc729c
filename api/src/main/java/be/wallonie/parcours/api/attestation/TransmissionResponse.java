package be.wallonie.parcours.api.attestation;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationContent;
import be.wallonie.parcours.domain.attestation.AttestedPerson;
import be.wallonie.parcours.domain.attestation.RecipientKind;
import be.wallonie.parcours.domain.attestation.Transmission;
import be.wallonie.parcours.domain.attestation.TransmissionStatus;

/**
 * A copy of an attestation due to a commune or a CPAS: who it is about (as the attestation states it), the
 * attestation's number and date, whether it was revoked since, and where the copy stands.
 */
@Schema(name = "Transmission")
public record TransmissionResponse(UUID id,
        @Schema(minimum = "1", maximum = ResponseBounds.COUNT, description = "Its place in your feed: poll with since=<the last cursor you processed>", example = "1042") long cursor,
        RecipientKind recipientKind, @Schema(maxLength = ResponseBounds.NIS_CODE, example = "62063") String nisCode,
        @Schema(maxLength = ResponseBounds.ATTESTATION_NUMBER, example = "CRIPEL-2026-00042") String attestationNumber,
        LocalDate issuedOn,
        @Schema(maxLength = ResponseBounds.CRI_CODE, example = "CRIPEL") String cri, AttestedPerson person,
        boolean attestationRevoked,
        TransmissionStatus status, Instant dueAt, @Schema(nullable = true) Instant firstFetchedAt,
        @Schema(nullable = true) Instant acknowledgedAt) {

    static TransmissionResponse of(Transmission transmission) {
        Attestation attestation = transmission.attestation();
        return new TransmissionResponse(transmission.id(), transmission.cursor(), transmission.recipient().kind(),
                transmission.recipient().nisCode(), attestation.number().toString(), attestation.issuedOn(),
                attestation.criCode(), attestation.attestedPerson(), transmission.attestationRevoked(),
                transmission.status(), transmission.dueAt(), transmission.firstFetchedAt().orElse(null),
                transmission.acknowledgedAt().orElse(null));
    }

    /** One poll of the feed: the copies after the cursor asked for, and the cursor to ask for next. */
    @Schema(name = "TransmissionFeed")
    public record Feed(@Schema(maxItems = TransmissionService.MAX_LIMIT) List<TransmissionResponse> items,
            @Schema(minimum = "0", maximum = ResponseBounds.COUNT, description = "Send it back as since= in the next poll; unchanged when nothing new arrived") long nextCursor) {
    }

    /** The copy with the attestation's whole content, as frozen at issue. */
    @Schema(name = "TransmissionDetail")
    public record Detail(TransmissionResponse transmission, AttestationContent content,
            @Schema(maxLength = ResponseBounds.VERIFICATION_CODE, example = "7K3D-QX9M-2B4T") String verificationCode,
            @Schema(maxLength = ResponseBounds.SHA256, pattern = "^[0-9a-f]{64}$", description = "SHA-256 of the PDF, in hexadecimal") String pdfSha256) {
    }
}
