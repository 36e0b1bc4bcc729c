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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.PageRequest;
import be.wallonie.parcours.api.shared.PageResponse;
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
    @Operation(summary = "Find communes", description = "All 261 Walloon communes, or those of a postal code or a CRI.")
    public PageResponse<CommuneResponse> list(
            @QueryParam("postalCode") @Parameter(example = "4000") String postalCode,
            @QueryParam("cri") @Parameter(example = "CRIPEL") String cri,
            @QueryParam("page") Integer page, @QueryParam("pageSize") Integer pageSize) {
        PageRequest request = PageRequest.of(page, pageSize);
        if (postalCode != null && !postalCode.matches("\\d{4}")) {
            throw ProblemException.invalid(new FieldIssue("postalCode", "issue.postal-code"));
        }
        return PageResponse.of(territories.communes(postalCode, cri), request, CommuneResponse::of);
    }

    @GET
    @Path("{nis}")
    @PermitAll
    @Operation(summary = "A commune and its CRI", description = "An old NIS code (2019 reform, 2025 mergers) answers "
            + "the commune that replaced it.")
    public Response get(@PathParam("nis") @Parameter(example = "62063") String nis) {
        var view = territories.commune(requireNis(nis));
        return Response.ok(CommuneResponse.of(view)).tag(Versions.etag(view.commune().version())).build();
    }

    @PUT
    @Path("{nis}/cri")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Reassign a commune to another CRI", description = "Administrators only; send the commune's "
            + "ETag in If-Match. The change is kept in the commune's history. Existing case files are not moved: each "
            + "stays with the CRI that holds it until that CRI transfers it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReassignCommuneRequest.class), examples = @ExampleObject(name = "reassign", value = """
            {"cri": "CIMB", "reason": "Arrêté du Gouvernement wallon : Enghien rejoint le CIMB"}""")))
    public Response reassign(@PathParam("nis") String nis, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReassignCommuneRequest request) {
        var view = territories.reassign(requireNis(nis), Versions.expected(ifMatch), request.cri(), request.reason(),
                user.username());
        return Response.ok(CommuneResponse.of(view)).tag(Versions.etag(view.commune().version())).build();
    }

    @GET
    @Path("{nis}/criReassignments")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The commune's CRI history", description = "Every reassignment, oldest first.")
    public List<CriReassignmentResponse> history(@PathParam("nis") String nis) {
        return territories.reassignments(requireNis(nis)).stream().map(CriReassignmentResponse::of).toList();
    }

    private static String requireNis(String nis) {
        if (!nis.matches("\\d{5}")) {
            throw ProblemException.notFound();
        }
        return nis;
    }
}
