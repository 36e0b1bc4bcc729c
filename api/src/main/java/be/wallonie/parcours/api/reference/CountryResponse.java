package be.wallonie.parcours.api.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country, as a nationality is chosen: its code and its name in the language asked for. */
@Schema(name = "Country")
public record CountryResponse(
        @Schema(required = true, maxLength = 2, example = "SY", description = "ISO 3166-1 alpha-2, or XK (Kosovo)") String code,
        @Schema(required = true, maxLength = 100, example = "Syrie") String name) {

    static CountryResponse of(ReferenceNames.Named named) {
        return new CountryResponse(named.code(), named.name());
    }
}
