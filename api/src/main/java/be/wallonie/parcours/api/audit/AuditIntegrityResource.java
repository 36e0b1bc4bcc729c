package be.wallonie.parcours.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.RequestBounds;

/** Whether the audit trail is as it was sealed (docs/adr/0028). */
@Path("/audit/integrity")
@Tag(name = "Audit")
@RolesAllowed(Roles.ADMINISTRATOR)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AuditIntegrityResource {

    private final AuditIntegrityService integrity;

    AuditIntegrityResource(AuditIntegrityService integrity) {
        this.integrity = integrity;
    }

    @GET
    @Operation(operationId = "verifyAuditIntegrity", summary = "Check the audit trail against its seals", description = "Administrators: "
            + "each day (UTC) from `from` to `to` included (by default the last 31 days; at most 366) that holds "
            + "audit rows, refusals or administrators' changes, with its status, and the first broken day with the "
            + "first altered row when one can be named. Each closed day is sealed (row count, digest of the rows' "
            + "hashes, chained to the previous day) an hour after it ends.")
    @APIResponse(responseCode = "200", description = "The days checked", content = @Content(schema = @Schema(implementation = AuditIntegrityResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    public AuditIntegrityResponse verify(
            @QueryParam("from") @Size(max = RequestBounds.DAY) @Parameter(description = "First day, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = RequestBounds.DAY), example = "2026-11-01") String from,
            @QueryParam("to") @Size(max = RequestBounds.DAY) @Parameter(description = "Last day, YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = RequestBounds.DAY), example = "2026-11-30") String to) {
        return integrity.verify(from, to);
    }
}
