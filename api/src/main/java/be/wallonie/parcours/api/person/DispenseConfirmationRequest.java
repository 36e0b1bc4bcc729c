package be.wallonie.parcours.api.person;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;

/**
 * A supervisor confirms a dispense to confirm on evidence: the dispense is the one the rules proposed.
 *
 * @param documentType what the evidence is: a medical certificate, a diploma...
 * @param documentDate the date on the document
 * @param issuer       who issued it
 * @param decisionDate the day of the decision, not before the document; default today
 * @param explanation  the supervisor's reasoning
 */
@Schema(name = "DispenseConfirmationRequest")
public record DispenseConfirmationRequest(
        @Size(max = RequestBounds.NAME) @Schema(required = true, example = "Certificat médical") String documentType,
        @Schema(required = true, example = "2026-10-28") LocalDate documentDate,
        @Size(max = RequestBounds.NAME) @Schema(required = true, example = "Dr. Lambert, CHR de la Citadelle") String issuer,
        @Schema(example = "2026-11-03") LocalDate decisionDate,
        @Size(max = RequestBounds.TEXT) @Schema(required = true, example = "Incapacité durable attestée par certificat médical") String explanation) {

    static final DispenseConfirmationRequest EMPTY = new DispenseConfirmationRequest(null, null, null, null, null);
}
