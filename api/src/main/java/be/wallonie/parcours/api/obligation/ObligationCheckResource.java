package be.wallonie.parcours.api.obligation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.Problem;
import be.wallonie.parcours.api.problem.ProblemMapper;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;

/** The obligation check: does the Walloon programme apply to this person, and until when. */
@Path("/obligationChecks")
@Tag(name = "Obligation")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObligationCheckResource {

    private final ObligationCheckService checks;

    ObligationCheckResource(ObligationCheckService checks) {
        this.checks = checks;
    }

    @POST
    @Operation(operationId = "checkObligation", summary = "Check the obligation to follow the programme", description = "CRI agents and supervisors. "
            + "Runs the rules engine on the facts given (CWASS art. 150 to 152/7) and answers the verdict, the deadline "
            + "when obliged, the CRI of the commune and an explanation naming every provision with its legal source. "
            + "Computes only: nothing is stored.")
    @APIResponse(responseCode = "200", description = "The verdict", content = @Content(schema = @Schema(implementation = ObligationCheckResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing, malformed or inconsistent facts, each field named", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a CRI agent or supervisor", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @RequestBody(content = @Content(schema = @Schema(implementation = ObligationCheckRequest.class), examples = @ExampleObject(name = "family reunification in Liège", value = """
            {"birthDate": "1993-05-02", "nationality": "MA", "communeNis": "62063",
             "permit": {"type": "FAMILY_REUNIFICATION", "orderDate": "2023-03-10", "validityMonths": 12},
             "legalStayStart": "2023-02-01", "asOf": "2023-06-01"}""")))
    public ObligationCheckResponse check(@Valid ObligationCheckRequest request) {
        var verdict = checks.check(request == null ? ObligationCheckRequest.EMPTY : request);
        return ObligationCheckResponse.of(verdict);
    }
}
