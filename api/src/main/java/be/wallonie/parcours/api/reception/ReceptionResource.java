package be.wallonie.parcours.api.reception;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * The reception module (<i>module d'accueil</i>) of a case file: social review, rights-and-duties session, French
 * test. Changes send the case file's ETag in If-Match and answer its new one.
 */
@Path("/caseFiles/{id}/reception")
@Tag(name = "Reception module")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class ReceptionResource {

    private final ReceptionService receptions;

    ReceptionResource(ReceptionService receptions) {
        this.receptions = receptions;
    }

    @POST
    @Operation(operationId = "startReception", summary = "Start the reception module", description = "The file moves from OPENED to RECEPTION.")
    @APIResponse(responseCode = "201", description = "Started; the file's new ETag", content = @Content(schema = @Schema(implementation = ReceptionResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    public Response start(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch) {
        var view = receptions.start(Ids.uuid(id), ifMatch);
        return Response.created(URI.create("caseFiles/" + id + "/reception"))
                .entity(view.reception())
                .tag(Versions.etag(view.version()))
                .build();
    }

    @GET
    @Operation(operationId = "getReception", summary = "The reception module of a case file")
    @APIResponse(responseCode = "200", description = "The module", content = @Content(schema = @Schema(implementation = ReceptionResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return ok(receptions.get(Ids.uuid(id)));
    }

    @PUT
    @Path("socialReview")
    @Operation(operationId = "recordSocialReview", summary = "Record the social review (bilan social)", description = "The needs in every domain, notes, "
            + "and whether socio-professional orientation is recommended (which puts that axis in the convention). "
            + "Can be recorded again until the convention is signed.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReceptionRequests.SocialReview.class), examples = @ExampleObject(name = "social review", value = """
            {"conductedOn": "2026-11-05", "notes": "Arrivée récente, hébergée par sa sœur",
             "needs": {"HOUSING": {"level": "MODERATE", "notes": "Cherche un logement"}, "HEALTH": {"level": "NONE"},
                       "FRENCH": {"level": "HIGH"}, "WORK_AND_TRAINING": {"level": "MODERATE"},
                       "CITIZENSHIP": {"level": "LOW"}, "CHILDREN_AND_YOUTH": {"level": "NONE"}},
             "recommendsSocioProfessionalOrientation": true}""")))
    @APIResponse(responseCode = "200", description = "The module; the file's new ETag", content = @Content(schema = @Schema(implementation = ReceptionResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response recordSocialReview(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid ReceptionRequests.SocialReview request) {
        return ok(receptions.recordSocialReview(Ids.uuid(id), ifMatch,
                request == null ? new ReceptionRequests.SocialReview(null, null, null, false) : request));
    }

    @PUT
    @Path("rightsAndDutiesSession")
    @Operation(operationId = "recordRightsAndDutiesSession", summary = "Record the rights-and-duties session", description = "Individual or in a group, with the "
            + "interpreter's language when there was one.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReceptionRequests.Session.class), examples = @ExampleObject(name = "session", value = """
            {"heldOn": "2026-11-12", "format": "GROUP", "interpreterLanguage": "ar"}""")))
    @APIResponse(responseCode = "200", description = "The module; the file's new ETag", content = @Content(schema = @Schema(implementation = ReceptionResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response recordSession(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid ReceptionRequests.Session request) {
        return ok(receptions.recordSession(Ids.uuid(id), ifMatch,
                request == null ? new ReceptionRequests.Session(null, null, null) : request));
    }

    @PUT
    @Path("frenchTest")
    @Operation(operationId = "recordFrenchTest", summary = "Record the French test", description = "Its day and CEFR level (below A2, the convention "
            + "gets the French axis), or why no test is needed (`waiver`). Can be recorded again until the "
            + "convention is signed.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReceptionRequests.FrenchTest.class), examples = {
            @ExampleObject(name = "test", value = """
                    {"takenOn": "2026-11-12", "level": "A1"}"""),
            @ExampleObject(name = "waiver", value = """
                    {"waiver": "FRENCH_MOTHER_TONGUE"}""")}))
    @APIResponse(responseCode = "200", description = "The module; the file's new ETag", content = @Content(schema = @Schema(implementation = ReceptionResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response recordFrenchTest(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid ReceptionRequests.FrenchTest request) {
        return ok(receptions.recordFrenchTest(Ids.uuid(id), ifMatch,
                request == null ? new ReceptionRequests.FrenchTest(null, null, null) : request));
    }

    private static Response ok(ReceptionService.View view) {
        return Response.ok(view.reception()).tag(Versions.etag(view.version())).build();
    }
}
