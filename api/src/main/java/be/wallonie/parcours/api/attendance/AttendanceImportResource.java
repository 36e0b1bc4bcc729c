package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.infrastructure.BodyLimit;
import be.wallonie.parcours.api.idempotency.Idempotency;
import be.wallonie.parcours.api.problem.Messages;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.RequestBounds;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An operator's attendance file, imported (docs/api-guide-operators.md, "Importing a file"). */
@Path("/operators/{code}/attendanceImports")
@Tag(name = "Attendance")
@RolesAllowed(Roles.OPERATOR_TRAINER)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class AttendanceImportResource {

    private final AttendanceImportService imports;

    AttendanceImportResource(AttendanceImportService imports) {
        this.imports = imports;
    }

    @POST
    @BodyLimit(BodyLimit.ATTENDANCE_FILE)
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importAttendance", summary = "Import an attendance file", description = "A CSV file of at most 50,000 lines "
            + "(`enrolmentId;sessionDate;hours;reference`), for your own operator only. `mode=allOrNothing` (the "
            + "default): any line in error records nothing (422 `import-rejected`, the errors of each line). "
            + "`mode=acceptValid`: the valid lines are recorded, the others reported (200). A line whose `reference` "
            + "you already imported is skipped as a duplicate. `Idempotency-Key` required: the same file sent again "
            + "with the same key answers the same report and records nothing.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = (int) BodyLimit.ATTENDANCE_FILE, description = "The file, of at most 16 MiB (413 beyond)"), examples = @ExampleObject(name = "file", value = """
            enrolmentId;sessionDate;hours;reference
            3f2b8c1e-9d4a-4b7e-8f21-6a5c0d9e1b72;2026-11-16;3;ILI-2026-000123
            3f2b8c1e-9d4a-4b7e-8f21-6a5c0d9e1b72;2026-11-18;2,75;ILI-2026-000124""")))
    @APIResponse(responseCode = "200", description = "The report (or, with `Idempotency-Replayed: true`, the report of the first import with this key)", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.KEY_REUSED)
    @APIResponse(responseCode = "413", description = "More than 50,000 lines (`urn:parcours:problem:content-too-large`): split the file", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "422", description = "`allOrNothing` and lines in error, or a file that cannot be read (`urn:parcours:problem:import-rejected`): nothing recorded; `errors` lists each line's", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response importFile(
            @PathParam("code") @Parameter(schema = @Schema(ref = ParameterSchemas.OPERATOR_CODE)) String code,
            @QueryParam("mode") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"allOrNothing",
                    "acceptValid"}), example = "acceptValid") String mode,
            @HeaderParam(Idempotency.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = "a key of your own, unique per file (a UUID): 1 to "
                    + Idempotency.MAX_KEY_LENGTH
                    + " printable ASCII characters", schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH, pattern = RequestBounds.IDEMPOTENCY_KEY_CHARACTERS)) String key,
            @Context HttpHeaders headers, InputStream body) {
        return imports.importFile(code, mode, key, body, Messages.negotiate(headers.getAcceptableLanguages()));
    }
}
