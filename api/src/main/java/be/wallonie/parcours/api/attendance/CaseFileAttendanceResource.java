package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.Ids;
import be.wallonie.parcours.api.shared.ParameterSchemas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The attendance of a case file of your CRI: the entries of every enrolment, and the equivalences. */
@Path("/caseFiles/{id}/attendance")
@Tag(name = "Attendance")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CaseFileAttendanceResource {

    private final CaseFileAttendanceService attendance;

    CaseFileAttendanceResource(CaseFileAttendanceService attendance) {
        this.attendance = attendance;
    }

    @GET
    @Operation(operationId = "getCaseFileAttendance", summary = "The hours recorded for a case file", description = "The sessions and corrections of every "
            + "enrolment, every operator, by session date; and the equivalences (certificate of French, work "
            + "release) that completed an axis.")
    @APIResponse(responseCode = "200", description = "The attendance", content = @Content(schema = @Schema(implementation = CaseFileAttendanceService.View.class)))
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public CaseFileAttendanceService.View get(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return attendance.entries(Ids.uuid(id));
    }
}
