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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.ParameterSchemas;
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
    @Operation(operationId = "listCris", summary = "The eight CRIs", description = "With the public contact details known so far.")
    public List<CriResponse> list() {
        return territories.cris().stream().map(CriResponse::of).toList();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getCri", summary = "A CRI")
    @APIResponse(responseCode = "200", description = "The CRI, with the ETag to send back in If-Match", content = @Content(schema = @Schema(implementation = CriResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@PathParam("code") @Parameter(schema = @Schema(ref = ParameterSchemas.CRI_CODE)) String code) {
        var cri = territories.cri(code);
        return Response.ok(CriResponse.of(cri)).tag(Versions.etag(cri.version())).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateCri", summary = "Complete or correct a CRI's contact details", description = "Administrators only; send the "
            + "CRI's ETag in If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriRequest.class), examples = @ExampleObject(name = "contact", value = """
            {"name": "Centre d'Action Interculturelle de la Province de Namur", "seat": "Namur",
             "address": "Rue Docteur Haibe 2, 5002 Saint-Servais", "phone": "081 71 35 18", "website": "cainamur.be"}""")))
    @APIResponse(responseCode = "200", description = "The CRI and its new ETag", content = @Content(schema = @Schema(implementation = CriResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    public Response update(@PathParam("code") @Parameter(schema = @Schema(ref = ParameterSchemas.CRI_CODE)) String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid @NotNull CriRequest request) {
        var cri = territories.updateCri(code, Versions.expected(ifMatch), request);
        return Response.ok(CriResponse.of(cri)).tag(Versions.etag(cri.version())).build();
    }
}
