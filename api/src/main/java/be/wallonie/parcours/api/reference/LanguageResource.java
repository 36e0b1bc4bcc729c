package be.wallonie.parcours.api.reference;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The languages by name, so that a form offers "Arabe" rather than asking for ar: public reference data, read-only,
 * the same for everyone (the back office keeps it for the session).
 */
@Path("/languages")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class LanguageResource {

    private final ReferenceNames names;

    LanguageResource(ReferenceNames names) {
        this.names = names;
    }

    @GET
    @Operation(operationId = "listLanguages", summary = "The languages", description = "Every language a person can "
            + "prefer or need an interpreter for: ISO 639-1, and Dari (prs) and Sorani (ckb). "
            + ReferenceNames.IN_YOUR_LANGUAGE)
    @APIResponse(responseCode = "200", description = "The languages", headers = @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "the language of the names", schema = @Schema(implementation = String.class)), content = @Content(schema = @Schema(implementation = LanguageResponse.class, type = SchemaType.ARRAY)))
    public Response languages(@Context HttpHeaders headers) {
        Locale language = ReferenceNames.language(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return ReferenceNames.answer(names.languages(language).stream().map(LanguageResponse::of).toList(), language);
    }
}
