package be.wallonie.parcours.api.territory;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.Versions;

/** The eight Regional Integration Centres: public reference data. */
@Path("/cris")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
public class CriResource {

    private final TerritoryService territories;

    CriResource(TerritoryService territories) {
        this.territories = territories;
    }

    @GET
    @PermitAll
    @Operation(summary = "The eight CRIs", description = "With the public contact details known so far.")
    public List<CriResponse> list() {
        return territories.cris().stream().map(CriResponse::of).toList();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "A CRI")
    public Response get(@PathParam("code") String code) {
        var cri = territories.cri(code);
        return Response.ok(CriResponse.of(cri)).tag(Versions.etag(cri.version())).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Complete or correct a CRI's contact details", description = "Administrators only; send the "
            + "CRI's ETag in If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriRequest.class), examples = @ExampleObject(name = "contact", value = """
            {"name": "Centre d'Action Interculturelle de la Province de Namur", "seat": "Namur",
             "address": "Rue Docteur Haibe 2, 5002 Saint-Servais", "phone": "081 71 35 18", "website": "cainamur.be"}""")))
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CriRequest request) {
        var cri = territories.updateCri(code, Versions.expected(ifMatch), request);
        return Response.ok(CriResponse.of(cri)).tag(Versions.etag(cri.version())).build();
    }
}
