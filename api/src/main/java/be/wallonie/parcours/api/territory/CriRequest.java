package be.wallonie.parcours.api.territory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;

/** A CRI's public contact details, as the public self-check shows them. */
@Schema(name = "CriRequest")
public record CriRequest(
        @NotBlank @Size(max = RequestBounds.NAME) @Schema(example = "Centre d'Action Interculturelle de la Province de Namur") String name,
        @NotBlank @Size(max = 100) @Schema(example = "Namur") String seat,
        @Size(max = 300) @Schema(example = "Rue Docteur Haibe 2, 5002 Saint-Servais") String address,
        @Size(max = 40) @Schema(example = "081 71 35 18") String phone,
        @Size(max = 200) @Schema(example = "cainamur.be") String website) {
}
