package be.wallonie.parcours.api.operator;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import be.wallonie.parcours.domain.convention.Axis;

/** The training operators recognised by the Region: reference data, no personal data. */
@Path("/operators")
@Tag(name = "Operators")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR, Roles.OPERATOR_TRAINER, Roles.ADMINISTRATOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorResource {

    private final OperatorService operators;

    OperatorResource(OperatorService operators) {
        this.operators = operators;
    }

    @GET
    @Operation(summary = "The operators", description = "With `axis`: the active operators recognised for it, by "
            + "name (whom a person can be enrolled with). Without: every operator, by code, the inactive ones "
            + "included when `includeInactive=true`.")
    @APIResponse(responseCode = "200", description = "The operators", content = @Content(schema = @Schema(implementation = OperatorResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    public List<OperatorResponse> list(@QueryParam("axis") @Parameter(example = "CITIZENSHIP") Axis axis,
            @QueryParam("includeInactive") boolean includeInactive) {
        return operators.list(axis, includeInactive);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "An operator")
    @APIResponse(responseCode = "200", description = "The operator", content = @Content(schema = @Schema(implementation = OperatorResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public OperatorResponse get(@PathParam("code") @Parameter(example = "ILI-LIEGE") String code) {
        return operators.get(code.toUpperCase(Locale.ROOT));
    }
}
