package be.wallonie.parcours.api.territory;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.territory.Commune;

/** A Walloon commune and the CRI that serves it ({@code null} in the German-speaking communes). */
@Schema(name = "Commune")
public record CommuneResponse(
        @Schema(maxLength = ResponseBounds.NIS_CODE, example = "62063") String nisCode,
        @Schema(maxLength = ResponseBounds.LOCALITY, example = "Liège") String name,
        @Schema(maxLength = ResponseBounds.LOCALITY, example = "Liège") String arrondissement,
        @Schema(maxLength = ResponseBounds.LOCALITY, example = "Liège") String province,
        @Schema(description = "false in the 9 German-speaking communes, where the Walloon programme does not apply") boolean inScope,
        CriResponse cri,
        @Schema(description = "every postal code of the commune", example = "[\"4000\", \"4020\", \"4030\"]") List<@Size(max = ResponseBounds.POSTAL_CODE) String> postalCodes,
        @Schema(maxLength = 10, description = "how sure the territory of this commune is (high when absent)", example = "medium") String criConfidence,
        @Schema(maxLength = ResponseBounds.CRI_CODE, description = "the other CRI that may serve this commune, when uncertain") String alternativeCri) {

    static CommuneResponse of(TerritoryService.CommuneView view) {
        Commune c = view.commune();
        return new CommuneResponse(c.nisCode(), c.nameFr(), c.arrondissement(), c.province(), c.isInScope(),
                c.cri() == null ? null : CriResponse.of(c.cri()), view.postalCodes(), c.criConfidence(),
                c.alternativeCriCode());
    }
}
