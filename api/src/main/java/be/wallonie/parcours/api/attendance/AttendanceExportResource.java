package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.RequestBounds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An operator's attendance, exported as CSV (docs/api-guide-operators.md, "CSV format"). */
@Path("/operators/{code}/attendance.csv")
@Tag(name = "Attendance")
@RolesAllowed(Roles.OPERATOR_TRAINER)
@SecurityRequirement(name = "bearer")
public class AttendanceExportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final AttendanceImportService files;

    AttendanceExportResource(AttendanceImportService files) {
        this.files = files;
    }

    @GET
    @Produces(CSV)
    @Operation(operationId = "exportAttendance", summary = "Export your operator's attendance as CSV", description = "The entries of the sessions "
            + "between `from` and `to` included (by default, from the first of the month of `to` to today), sessions "
            + "and corrections, streamed; safe to open in a spreadsheet (a cell read as a formula is prefixed with "
            + "`'`).")
    @APIResponse(responseCode = "200", description = "The file, as an attachment", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response export(
            @PathParam("code") @Parameter(schema = @Schema(ref = ParameterSchemas.OPERATOR_CODE)) String code,
            @QueryParam("from") @Size(max = RequestBounds.DAY) @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = RequestBounds.DAY), example = "2026-11-01") String from,
            @QueryParam("to") @Size(max = RequestBounds.DAY) @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = RequestBounds.DAY), example = "2026-11-30") String to) {
        AttendanceImportService.Period period = files.exportAudited(code, from, to);
        StreamingOutput body = out -> files.writeExport(period, out);
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + period.fileName() + "\"")
                .build();
    }
}
