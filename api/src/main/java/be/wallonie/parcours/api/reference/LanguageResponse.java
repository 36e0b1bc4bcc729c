package be.wallonie.parcours.api.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A language: its code and its name in the language asked for. */
@Schema(name = "Language")
public record LanguageResponse(
        @Schema(required = true, maxLength = 3, example = "ar", description = "ISO 639-1, or three letters (prs: Dari)") String code,
        @Schema(required = true, maxLength = 100, example = "Arabe") String name) {

    static LanguageResponse of(ReferenceNames.Named named) {
        return new LanguageResponse(named.code(), named.name());
    }
}
