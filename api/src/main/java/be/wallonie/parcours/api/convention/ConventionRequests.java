package be.wallonie.parcours.api.convention;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.domain.convention.Axis;

/** The bodies that propose, sign and amend a convention. */
public final class ConventionRequests {

    private ConventionRequests() {
    }

    @Schema(name = "ProposeConventionRequest")
    public record Propose(@Schema(description = "Default: today") LocalDate proposedOn) {
    }

    @Schema(name = "SignConventionRequest")
    public record Sign(
            @Schema(required = true, description = "Not before the social review, not in the future") LocalDate signedOn) {
    }

    @Schema(name = "AmendConventionRequest")
    public record Amend(
            @Size(max = RequestBounds.AXES) @Schema(required = true, description = "Every axis the amended convention requires, RECEPTION included") Set<@NotNull Axis> axes,
            @Size(max = RequestBounds.TEXT) @Schema(required = true, example = "Certificat A2 obtenu") String reason,
            @Schema(description = "Default: today; not before the signature") LocalDate effectiveOn) {
    }
}
