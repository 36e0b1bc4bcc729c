package be.wallonie.parcours.api.person;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.obligation.ObligationStatus;

/** A person found by a search: enough to pick the right one, with the status of the latest assessment. */
@Schema(name = "PersonSummary")
public record PersonSummaryResponse(
        @Schema(example = "0b8f3c1e-4a5d-4c1f-9a51-2f0c6d7e8a90") UUID id,
        @Schema(maxLength = ResponseBounds.NAME, example = "El Amrani") String lastName,
        @Schema(maxLength = ResponseBounds.NAME, example = "Yasmina") String firstNames,
        @Schema(example = "1993-05-02") LocalDate birthDate,
        @Schema(maxLength = ResponseBounds.COUNTRY, example = "MA") String nationality,
        @Schema(maxLength = ResponseBounds.NIS_CODE, example = "62063") String communeNis,
        @Schema(description = "the status of the latest assessment; null when never assessed", nullable = true, example = "OBLIGED") ObligationStatus status) {
}
