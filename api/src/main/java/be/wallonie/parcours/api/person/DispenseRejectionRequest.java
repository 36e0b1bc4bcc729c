package be.wallonie.parcours.api.person;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;

/**
 * A supervisor rejects a dispense to confirm: the person is obliged, and the facts declared for the dispense are
 * cleared from the person's record.
 *
 * @param reason       why: no document, a document that does not show the dispense...
 * @param decisionDate the day of the decision; default today
 */
@Schema(name = "DispenseRejectionRequest")
public record DispenseRejectionRequest(
        @Size(max = RequestBounds.TEXT) @Schema(required = true, example = "Aucun certificat médical fourni") String reason,
        @Schema(example = "2026-11-03") LocalDate decisionDate) {

    static final DispenseRejectionRequest EMPTY = new DispenseRejectionRequest(null, null);
}
