package be.wallonie.parcours.api.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.RequestBounds;

/** Figures for the home pages: counts of case files, never a person. */
@Path("/statistics")
@Tag(name = "Statistics")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR, Roles.REGION_ANALYST})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final StatisticsService statistics;

    StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("caseFiles")
    @Operation(operationId = "getCaseFileStatistics", summary = "Case files by state, and opened by month", description = "CRI staff: the files of their CRI; "
            + "region analysts: the whole Region, or one CRI with `cri`. `byState`: every file today in each state (every "
            + "state, zeros included). `months`: for each month from `from` to `to` (`YYYY-MM`, both included; by "
            + "default the last 12 months, at most 36), the files opened that month by the state they are in today "
            + "(`monthlyBasis`), months without a file included. Counts only: nothing personal, nothing audited.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = CaseFileStatisticsResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    public CaseFileStatisticsResponse caseFiles(
            @QueryParam("from") @Size(max = RequestBounds.MONTH) @Parameter(description = "First month, YYYY-MM", example = "2025-12") String from,
            @QueryParam("to") @Size(max = RequestBounds.MONTH) @Parameter(description = "Last month, YYYY-MM", example = "2026-11") String to,
            @QueryParam("cri") @Size(max = 10) @Pattern(regexp = RequestBounds.CRI_CODE, message = "{issue.cri-code}") @Parameter(description = "Region analysts: one CRI's files only", example = "CRIPEL") String cri) {
        return statistics.caseFiles(from, to, cri);
    }
}
