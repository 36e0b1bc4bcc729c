package be.wallonie.parcours.api.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.territory.Cri;

/** A Regional Integration Centre and its public contact details (empty when unknown). */
@Schema(name = "Cri")
public record CriResponse(
        @Schema(example = "CRIPEL") String code,
        String name,
        @Schema(example = "Liège") String seat,
        String address,
        String phone,
        String website) {

    static CriResponse of(Cri cri) {
        return new CriResponse(cri.code(), cri.name(), cri.seat(), cri.address(), cri.phone(), cri.website());
    }
}
