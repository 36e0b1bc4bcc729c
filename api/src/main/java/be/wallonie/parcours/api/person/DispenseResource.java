package be.wallonie.parcours.api.person;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Dispenses recorded by a CRI supervisor on evidence, and the supervisor's decision on a dispense to confirm. */
@Path("/persons/{id}/dispenses")
@Tag(name = "Persons")
@RolesAllowed(Roles.CRI_SUPERVISOR)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DispenseResource {

    private final DispenseService dispenses;

    DispenseResource(DispenseService dispenses) {
        this.dispenses = dispenses;
    }

    @POST
    @Operation(operationId = "recordDispense", summary = "Record a dispense (supervisors)", description = "On evidence (document type, date, "
            + "issuer) and with the decision date: stored as the person's latest assessment (kind RECORDED_DISPENSE, "
            + "status DISPENSED). The person's current case file follows: the person becomes a volunteer, without a "
            + "deadline. A later change of the facts the rules read re-assesses the person.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DispenseRequest.class), examples = @ExampleObject(name = "medical", value = """
            {"dispense": "D1", "documentType": "Certificat médical", "documentDate": "2026-10-28",
             "issuer": "Dr. Lambert, CHR de la Citadelle", "decisionDate": "2026-11-03",
             "explanation": "Incapacité durable attestée par certificat médical"}""")))
    @APIResponse(responseCode = "201", description = "Recorded: the new assessment", content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response record(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @Valid DispenseRequest request) {
        var assessment = dispenses.record(Ids.uuid(id), request == null ? DispenseRequest.EMPTY : request);
        return Response.created(URI.create("persons/" + id + "/assessments")).entity(assessment).build();
    }

    @POST
    @Path("{dispenseId}/confirmation")
    @Operation(operationId = "confirmDispense", summary = "Confirm a dispense to confirm (supervisors)", description = "A dispense "
            + "the rules proposed on facts declared at the desk (D1, D2, D4, D5, D7: status DISPENSE_TO_CONFIRM, the person "
            + "obliged meanwhile) is confirmed on evidence: stored as the person's latest assessment (kind "
            + "RECORDED_DISPENSE, status DISPENSED, `decides` naming the dispense to confirm); the person's current case "
            + "file follows as a volunteer. 409 `DISPENSE_DECISION.*` when there is nothing to confirm: not a dispense to "
            + "confirm, already confirmed or rejected, or superseded by a later assessment.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DispenseConfirmationRequest.class), examples = @ExampleObject(name = "medical", value = """
            {"documentType": "Certificat médical", "documentDate": "2026-10-28",
             "issuer": "Dr. Lambert, CHR de la Citadelle", "decisionDate": "2026-11-03",
             "explanation": "Incapacité durable attestée par certificat médical"}""")))
    @APIResponse(responseCode = "201", description = "Confirmed: the new assessment", content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response confirm(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @PathParam("dispenseId") @Parameter(description = "the id of the dispense to confirm (an assessment)", schema = @Schema(ref = ParameterSchemas.ID)) String dispenseId,
            @Valid DispenseConfirmationRequest request) {
        var assessment = dispenses.confirm(Ids.uuid(id), Ids.uuid(dispenseId),
                request == null ? DispenseConfirmationRequest.EMPTY : request);
        return Response.created(URI.create("persons/" + id + "/assessments")).entity(assessment).build();
    }

    @POST
    @Path("{dispenseId}/rejection")
    @Operation(operationId = "rejectDispense", summary = "Reject a dispense to confirm (supervisors)", description = "With a reason: "
            + "stored as the person's latest assessment (kind REJECTED_DISPENSE, status OBLIGED with the deadline that "
            + "ran meanwhile, `decides` naming the dispense to confirm). The facts declared for the dispense (studies, "
            + "Belgian diploma, medical certificate, prior attestation) are cleared from the person's record. 409 "
            + "`DISPENSE_DECISION.*` as for the confirmation.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DispenseRejectionRequest.class), examples = @ExampleObject(name = "no document", value = """
            {"reason": "Aucun certificat médical fourni", "decisionDate": "2026-11-03"}""")))
    @APIResponse(responseCode = "201", description = "Rejected: the new assessment", content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response reject(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @PathParam("dispenseId") @Parameter(description = "the id of the dispense to confirm (an assessment)", schema = @Schema(ref = ParameterSchemas.ID)) String dispenseId,
            @Valid DispenseRejectionRequest request) {
        var assessment = dispenses.reject(Ids.uuid(id), Ids.uuid(dispenseId),
                request == null ? DispenseRejectionRequest.EMPTY : request);
        return Response.created(URI.create("persons/" + id + "/assessments")).entity(assessment).build();
    }
}
