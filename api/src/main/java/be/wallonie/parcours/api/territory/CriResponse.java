package be.wallonie.parcours.api.territory;

import be.wallonie.parcours.api.shared.ResponseBounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.territory.Cri;

/** A Regional Integration Centre and its public contact details (empty when unknown). */
@Schema(name = "Cri")
public record CriResponse(
        @Schema(maxLength = ResponseBounds.CRI_CODE, example = "CRIPEL") String code,
        @Schema(maxLength = ResponseBounds.NAME) String name,
        @Schema(maxLength = ResponseBounds.LOCALITY, example = "Liège") String seat,
        @Schema(maxLength = ResponseBounds.ADDRESS) String address,
        @Schema(maxLength = ResponseBounds.PHONE) String phone,
        @Schema(maxLength = ResponseBounds.WEBSITE) String website) {

    static CriResponse of(Cri cri) {
        return new CriResponse(cri.code(), cri.name(), cri.seat(), cri.address(), cri.phone(), cri.website());
    }
}
