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

/** A release from socio-professional orientation, because the person works, in a case file of your CRI. */
@Path("/caseFiles/{id}/workReleases")
@Tag(name = "Attendance")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkReleaseResource {

    private final CaseFileAttendanceService attendance;

    WorkReleaseResource(CaseFileAttendanceService attendance) {
        this.attendance = attendance;
    }

    @POST
    @Operation(operationId = "recordWorkRelease", summary = "Record a release from socio-professional orientation", description = "Because the person "
            + "works, with its evidence: it completes the axis on the day of the release, whatever the hours; it may "
            + "complete the parcours (the file moves to COMPLETED). Before the signature: 409 with the rule's code.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AttendanceRequests.WorkRelease.class), examples = @ExampleObject(name = "release", value = """
            {"releasedOn": "2026-11-02", "evidence": "Contrat de travail à durée indéterminée du 2026-11-02"}""")))
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
            @Valid AttendanceRequests.WorkRelease request) {
        var recorded = attendance.workRelease(Ids.uuid(id), ifMatch,
                request == null ? new AttendanceRequests.WorkRelease(null, null) : request);
        return Response.created(URI.create("caseFiles/" + id + "/attendance"))
                .entity(recorded.recording())
                .tag(Versions.etag(recorded.version()))
                .build();
    }
}
