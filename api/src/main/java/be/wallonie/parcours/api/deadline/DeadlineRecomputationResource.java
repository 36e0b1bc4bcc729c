package be.wallonie.parcours.api.deadline;

import be.wallonie.parcours.api.shared.ResponseBounds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.RequestBounds;

/**
 * The administrator recomputes the stored deadlines of the case files after a change of the rules they depend on
 * (ADR 0017); {@code deploy/ops/recompute-deadlines.sh} calls it.
 */
@Path("/deadlineRecomputations")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMINISTRATOR)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeadlineRecomputationResource {

    /** Which files to recompute: one CRI's, or every file when {@code cri} is absent. */
    @Schema(name = "DeadlineRecomputationRequest")
    public record Request(
            @Size(max = 10) @Pattern(regexp = RequestBounds.CRI_CODE, message = "{issue.cri-code}") @Schema(description = "A CRI's code; every CRI when absent", nullable = true, example = "CRIPEL") String cri) {
    }

    /** How many files were recomputed, how many stored deadlines changed, and how long it took. */
    @Schema(name = "DeadlineRecomputation")
    public record Response(@Schema(minimum = "0", maximum = ResponseBounds.COUNT) long files,
            @Schema(minimum = "0", maximum = ResponseBounds.COUNT) long changed,
            @Schema(minimum = "0", maximum = ResponseBounds.COUNT) long durationMillis) {
    }

    private final DeadlineRecomputationService recomputations;

    DeadlineRecomputationResource(DeadlineRecomputationService recomputations) {
        this.recomputations = recomputations;
    }

    @POST
    @Operation(operationId = "recomputeDeadlines", summary = "Recompute the stored deadlines of the case files (administrators)", description = "After "
            + "a change of the rules the stored deadlines depend on (the months of a sub-deadline, the hours an axis "
            + "requires...), or a bulk load: every file, or one CRI's, in batches of a few hundred, each its own "
            + "transaction. Answers when done; running it again is harmless.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Request.class), examples = @ExampleObject(name = "one CRI", value = """
            {"cri": "CRIPEL"}""")))
    @APIResponse(responseCode = "200", description = "Done: the files recomputed and how many changed", content = @Content(schema = @Schema(implementation = Response.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response recompute(@Valid Request request) {
        var result = recomputations.recompute(request == null ? null : request.cri());
        return new Response(result.files(), result.changed(), result.durationMillis());
    }
}
