package be.wallonie.parcours.api.territory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;

/** The CRI that will serve the commune from now on, and why. */
@Schema(name = "ReassignCommuneRequest")
public record ReassignCommuneRequest(
        @NotBlank @Size(max = 10) @Pattern(regexp = RequestBounds.CRI_CODE, message = "{issue.cri-code}") @Schema(example = "CIMB") String cri,
        @NotBlank @Size(max = RequestBounds.TEXT) @Schema(example = "Arrêté du Gouvernement wallon du ... : Enghien rejoint le CIMB") String reason) {
}
