package be.wallonie.parcours.api.operator;

import java.net.URI;
import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
 * The enrolments of a case file with training operators. Changes send the case file's ETag in If-Match and answer
 * its new one.
 */
@Path("/caseFiles/{id}/enrolments")
@Tag(name = "Enrolments")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class EnrolmentResource {

    private final EnrolmentService enrolments;

    EnrolmentResource(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @POST
    @Operation(operationId = "enrolPerson", summary = "Enrol the person on an axis with an operator", description = "The convention must be signed "
            + "and require the axis; the operator must be active and recognised for it (409 otherwise, with the "
            + "rule's code). The first enrolment moves the file to IN_PROGRESS.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EnrolmentRequests.Enrol.class), examples = @ExampleObject(name = "enrol", value = """
            {"operatorCode": "ILI-LIEGE", "axis": "CITIZENSHIP", "startDate": "2026-11-16"}""")))
    @APIResponse(responseCode = "201", description = "Enrolled; the file's new ETag", content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response enrol(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid EnrolmentRequests.Enrol request) {
        var view = enrolments.enrol(Ids.uuid(id), ifMatch,
                request == null ? new EnrolmentRequests.Enrol(null, null, null) : request);
        return Response.created(URI.create("caseFiles/" + id + "/enrolments/" + view.enrolment().id()))
                .entity(view.enrolment())
                .tag(Versions.etag(view.version()))
                .build();
    }

    @GET
    @Operation(operationId = "listCaseFileEnrolments", summary = "The enrolments of a case file", description = "By start date.")
    @APIResponse(responseCode = "200", description = "The enrolments", content = @Content(schema = @Schema(implementation = EnrolmentResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<EnrolmentResponse> list(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return enrolments.list(Ids.uuid(id));
    }

    @POST
    @Path("{enrolmentId}/completion")
    @Operation(operationId = "completeEnrolment", summary = "The person finished the training with the operator")
    @RequestBody(content = @Content(schema = @Schema(implementation = EnrolmentRequests.Complete.class), examples = @ExampleObject(name = "complete", value = """
            {"on": "2027-04-30"}""")))
    @APIResponse(responseCode = "200", description = "Completed; the file's new ETag", content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response complete(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @PathParam("enrolmentId") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String enrolmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid EnrolmentRequests.Complete request) {
        return ok(enrolments.complete(Ids.uuid(id), Ids.uuid(enrolmentId), ifMatch,
                request == null ? new EnrolmentRequests.Complete(null) : request));
    }

    @POST
    @Path("{enrolmentId}/withdrawal")
    @Operation(operationId = "withdrawEnrolment", summary = "End an enrolment before completion", description = "A change of operator, a move...; "
            + "with a reason.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EnrolmentRequests.Withdraw.class), examples = @ExampleObject(name = "withdraw", value = """
            {"reason": "Changement d'opérateur", "on": "2026-12-01"}""")))
    @APIResponse(responseCode = "200", description = "Withdrawn; the file's new ETag", content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response withdraw(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @PathParam("enrolmentId") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String enrolmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid EnrolmentRequests.Withdraw request) {
        return ok(enrolments.withdraw(Ids.uuid(id), Ids.uuid(enrolmentId), ifMatch,
                request == null ? new EnrolmentRequests.Withdraw(null, null) : request));
    }

    private static Response ok(EnrolmentService.View view) {
        return Response.ok(view.enrolment()).tag(Versions.etag(view.version())).build();
    }
}
