package be.wallonie.parcours.api.territory;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.PageRequest;
import be.wallonie.parcours.api.shared.PageResponse;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.api.shared.Versions;

/** The communes of Wallonia and the CRI that serves each: public reference data. */
@Path("/communes")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
public class CommuneResource {

    private final TerritoryService territories;
    private final CurrentUser user;

    CommuneResource(TerritoryService territories, CurrentUser user) {
        this.territories = territories;
        this.user = user;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCommunes", summary = "Find communes", description = "All 261 Walloon communes, or "
            + "those of a postal code or a CRI.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, pageSize, total}")
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    public PageResponse<CommuneResponse> list(
            @QueryParam("postalCode") @Size(max = 4) @Pattern(regexp = RequestBounds.POSTAL_CODE, message = "{issue.postal-code}") @Parameter(example = "4000") String postalCode,
            @QueryParam("cri") @Size(max = 10) @Pattern(regexp = RequestBounds.CRI_CODE, message = "{issue.cri-code}") @Parameter(example = "CRIPEL") String cri,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("pageSize") @Min(1) @Max(PageRequest.MAX_PAGE_SIZE) Integer pageSize) {
        PageRequest request = PageRequest.of(page, pageSize);
        return PageResponse.of(territories.communes(postalCode, cri), request, CommuneResponse::of);
    }

    @GET
    @Path("{nis}")
    @PermitAll
    @Operation(operationId = "getCommune", summary = "A commune and its CRI", description = "An old NIS code (2019 "
            + "reform, 2025 mergers) answers the commune that replaced it.")
    @APIResponse(responseCode = "200", description = "The commune, with the ETag to send back in If-Match", content = @Content(schema = @Schema(implementation = CommuneResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@PathParam("nis") @Parameter(schema = @Schema(ref = ParameterSchemas.NIS_CODE)) String nis) {
        var view = territories.commune(requireNis(nis));
        return Response.ok(CommuneResponse.of(view)).tag(Versions.etag(view.commune().version())).build();
    }

    @PUT
    @Path("{nis}/cri")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "reassignCommune", summary = "Reassign a commune to another CRI", description = "Administrators only; send the commune's "
            + "ETag in If-Match. The change is kept in the commune's history. Existing case files are not moved: each "
            + "stays with the CRI that holds it until that CRI transfers it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReassignCommuneRequest.class), examples = @ExampleObject(name = "reassign", value = """
            {"cri": "CIMB", "reason": "Arrêté du Gouvernement wallon : Enghien rejoint le CIMB"}""")))
    @APIResponse(responseCode = "200", description = "The commune and its new ETag", content = @Content(schema = @Schema(implementation = CommuneResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    public Response reassign(@PathParam("nis") @Parameter(schema = @Schema(ref = ParameterSchemas.NIS_CODE)) String nis,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid @NotNull ReassignCommuneRequest request) {
        var view = territories.reassign(requireNis(nis), Versions.expected(ifMatch), request.cri(), request.reason(),
                user.username());
        return Response.ok(CommuneResponse.of(view)).tag(Versions.etag(view.commune().version())).build();
    }

    @GET
    @Path("{nis}/criReassignments")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listCriReassignments", summary = "The commune's CRI history", description = "Every "
            + "reassignment, oldest first.")
    @APIResponse(responseCode = "200", description = "The reassignments", content = @Content(schema = @Schema(implementation = CriReassignmentResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<CriReassignmentResponse> history(
            @PathParam("nis") @Parameter(schema = @Schema(ref = ParameterSchemas.NIS_CODE)) String nis) {
        return territories.reassignments(requireNis(nis)).stream().map(CriReassignmentResponse::of).toList();
    }

    private static String requireNis(String nis) {
        if (!nis.matches("\\d{5}")) {
            throw ProblemException.notFound();
        }
        return nis;
    }
}
