package be.wallonie.parcours.api.territory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The CRI that will serve the commune from now on, and why. */
@Schema(name = "ReassignCommuneRequest")
public record ReassignCommuneRequest(
        @NotBlank @Schema(example = "CIMB") String cri,
        @NotBlank @Size(max = 2000) @Schema(example = "Arrêté du Gouvernement wallon du ... : Enghien rejoint le CIMB") String reason) {
}
