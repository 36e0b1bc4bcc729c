package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.Ids;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.Versions;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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

/** A certificate of French that completes the French axis of a case file of your CRI. */
@Path("/caseFiles/{id}/frenchCertificates")
@Tag(name = "Attendance")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrenchCertificateResource {

    private final CaseFileAttendanceService attendance;

    FrenchCertificateResource(CaseFileAttendanceService attendance) {
        this.attendance = attendance;
    }

    @POST
    @Operation(operationId = "recordFrenchCertificate", summary = "Record a certificate of French", description = "Of level A2 or above: it completes the French "
            + "axis on the day certified, whatever the hours, and amends the convention to drop the axis; it may "
            + "complete the parcours (the file moves to COMPLETED). Below A2, or before the signature: 409 with the "
            + "rule's code.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AttendanceRequests.FrenchCertificate.class), examples = @ExampleObject(name = "certificate", value = """
            {"level": "A2", "certifiedOn": "2026-11-10", "issuer": "Alliance française de Liège"}""")))
    @APIResponse(responseCode = "201", description = "Recorded; the file's new ETag", content = @Content(schema = @Schema(implementation = CaseFileAttendanceService.EquivalenceRecording.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response record(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid AttendanceRequests.FrenchCertificate request) {
        var recorded = attendance.frenchCertificate(Ids.uuid(id), ifMatch,
                request == null ? new AttendanceRequests.FrenchCertificate(null, null, null) : request);
        return Response.created(URI.create("caseFiles/" + id + "/attendance"))
                .entity(recorded.recording())
                .tag(Versions.etag(recorded.version()))
                .build();
    }
}
