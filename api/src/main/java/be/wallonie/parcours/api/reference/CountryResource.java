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
 * The countries by name, so that a form offers "Syrie" rather than asking for SY: public reference data, read-only,
 * the same for everyone (the back office keeps it for the session).
 */
@Path("/countries")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CountryResource {

    private final ReferenceNames names;

    CountryResource(ReferenceNames names) {
        this.names = names;
    }

    @GET
    @Operation(operationId = "listCountries", summary = "The countries", description = "Every country a nationality "
            + "can be: the ISO 3166-1 alpha-2 codes and XK (Kosovo). " + ReferenceNames.IN_YOUR_LANGUAGE)
    @APIResponse(responseCode = "200", description = "The countries", headers = @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "the language of the names", schema = @Schema(implementation = String.class)), content = @Content(schema = @Schema(implementation = CountryResponse.class, type = SchemaType.ARRAY)))
    public Response countries(@Context HttpHeaders headers) {
        Locale language = ReferenceNames.language(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return ReferenceNames.answer(names.countries(language).stream().map(CountryResponse::of).toList(), language);
    }
}
