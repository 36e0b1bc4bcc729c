package be.wallonie.parcours.api.convention;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.Ids;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.Versions;

/**
 * The convention (<i>convention d'intégration</i>) of a case file: proposed from the reception module, signed,
 * amended. Changes send the case file's ETag in If-Match and answer its new one.
 */
@Path("/caseFiles/{id}/convention")
@Tag(name = "Convention")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class ConventionResource {

    private final ConventionService conventions;

    ConventionResource(ConventionService conventions) {
        this.conventions = conventions;
    }

    @POST
    @Operation(operationId = "proposeConvention", summary = "Propose the convention", description = "Once the social review and the French test (or its "
            + "waiver) are recorded: reception and citizenship always, French when the test is below A2, "
            + "socio-professional orientation when the social review recommends it. Until it is signed, the proposal "
            + "follows the reception module.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConventionRequests.Propose.class), examples = @ExampleObject(name = "propose", value = """
            {"proposedOn": "2026-11-13"}""")))
    @APIResponse(responseCode = "201", description = "Proposed, with the grounds of each axis; the file's new ETag", content = @Content(schema = @Schema(implementation = ConventionResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response propose(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid ConventionRequests.Propose request) {
        var view = conventions.propose(Ids.uuid(id), ifMatch,
                request == null ? new ConventionRequests.Propose(null) : request);
        return Response.created(URI.create("caseFiles/" + id + "/convention"))
                .entity(view.convention())
                .tag(Versions.etag(view.version()))
                .build();
    }

    @GET
    @Operation(operationId = "getConvention", summary = "The convention of a case file", description = "With every version.")
    @APIResponse(responseCode = "200", description = "The convention", content = @Content(schema = @Schema(implementation = ConventionResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return ok(conventions.get(Ids.uuid(id)));
    }

    @POST
    @Path("signature")
    @Operation(operationId = "signConvention", summary = "Sign the convention", description = "The CRI and the person sign the proposal on a day not "
            + "before the social review; its end date follows the deadline regime. The file moves to "
            + "CONVENTION_SIGNED.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConventionRequests.Sign.class), examples = @ExampleObject(name = "sign", value = """
            {"signedOn": "2026-11-14"}""")))
    @APIResponse(responseCode = "200", description = "Signed; the file's new ETag", content = @Content(schema = @Schema(implementation = ConventionResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response sign(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid ConventionRequests.Sign request) {
        return ok(conventions.sign(Ids.uuid(id), ifMatch,
                request == null ? new ConventionRequests.Sign(null) : request));
    }

    @POST
    @Path("amendments")
    @Operation(operationId = "amendConvention", summary = "Amend the signed convention (avenant)", description = "A new version with the axes it "
            + "requires from `effectiveOn`, and why; for example an A2 certificate removes FRENCH. Reception always, "
            + "citizenship always for an obliged person.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConventionRequests.Amend.class), examples = @ExampleObject(name = "amend", value = """
            {"axes": ["RECEPTION", "CITIZENSHIP", "SOCIO_PROFESSIONAL"], "reason": "Certificat A2 obtenu", "effectiveOn": "2027-03-01"}""")))
    @APIResponse(responseCode = "201", description = "Amended: the convention with its new version; the file's new ETag", content = @Content(schema = @Schema(implementation = ConventionResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response amend(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid ConventionRequests.Amend request) {
        var view = conventions.amend(Ids.uuid(id), ifMatch,
                request == null ? new ConventionRequests.Amend(null, null, null) : request);
        return Response.status(Response.Status.CREATED).entity(view.convention())
                .tag(Versions.etag(view.version())).build();
    }

    private static Response ok(ConventionService.View view) {
        return Response.ok(view.convention()).tag(Versions.etag(view.version())).build();
    }
}
