package be.wallonie.parcours.api.operator;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.operator.OperatorRequests.CreateOperatorRequest;
import be.wallonie.parcours.api.operator.OperatorRequests.UpdateOperatorRequest;
import be.wallonie.parcours.api.problem.Problem;
import be.wallonie.parcours.api.problem.ProblemMapper;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.api.shared.Versions;
import be.wallonie.parcours.domain.convention.Axis;

/**
 * The training operators recognised by the Region: reference data, no personal data. CRI staff and trainers read them;
 * an administrator records and changes them.
 */
@Path("/operators")
@Tag(name = "Operators")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR, Roles.OPERATOR_TRAINER, Roles.ADMINISTRATOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class OperatorResource {

    private final OperatorService operators;

    OperatorResource(OperatorService operators) {
        this.operators = operators;
    }

    @GET
    @Operation(operationId = "listOperators", summary = "The operators", description = "With `axis`: the active operators recognised for it, by "
            + "name (whom a person can be enrolled with). Without: every operator, by code, the inactive ones "
            + "included when `includeInactive=true`. With `cri`: only the operators whose premises lie in that CRI's territory "
            + "(whom its staff enrol newcomers with).")
    @APIResponse(responseCode = "200", description = "The operators", content = @Content(schema = @Schema(implementation = OperatorResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    public List<OperatorResponse> list(@QueryParam("axis") @Parameter(example = "CITIZENSHIP") Axis axis,
            @QueryParam("includeInactive") boolean includeInactive,
            @QueryParam("cri") @Size(max = 10) @Pattern(regexp = RequestBounds.CRI_CODE, message = "{issue.cri-code}") @Parameter(example = "CRIPEL") String cri) {
        return operators.list(axis, includeInactive, cri == null ? null : cri.toUpperCase(Locale.ROOT));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getOperator", summary = "An operator")
    @APIResponse(responseCode = "200", description = "The operator, with the ETag to send back in If-Match", content = @Content(schema = @Schema(implementation = OperatorResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(
            @PathParam("code") @Parameter(schema = @Schema(ref = ParameterSchemas.OPERATOR_CODE)) String code) {
        return respond(operators.get(code.toUpperCase(Locale.ROOT)));
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOperator", summary = "Record a recognised operator", description = "Administrators only. Its code never changes; "
            + "it is recognised for some of CITIZENSHIP, FRENCH and SOCIO_PROFESSIONAL (never RECEPTION).")
    @RequestBody(content = @Content(schema = @Schema(implementation = CreateOperatorRequest.class), examples = @ExampleObject(name = "operator", value = """
            {"code": "CISP-HUY", "name": "Lire et Écrire Huy-Waremme", "kind": "CISP",
             "address": {"street": "Rue du Marché 12", "postalCode": "4500", "locality": "Huy"},
             "recognisedAxes": ["FRENCH"]}""")))
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag set", content = @Content(schema = @Schema(implementation = OperatorResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "409", description = "The code is taken", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@Valid CreateOperatorRequest request) {
        var view = operators.create(request == null
                ? new CreateOperatorRequest(null, null, null, null, null)
                : request);
        return Response.created(URI.create("operators/" + view.operator().code()))
                .entity(view.operator())
                .tag(Versions.etag(view.version()))
                .build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOperator", summary = "Change an operator", description = "Administrators only; send the ETag in If-Match. "
            + "`recognisedAxes` replaces the recognitions (withdrawing one does not end running enrolments). An "
            + "inactive operator keeps its running enrolments and its trainers keep recording hours, but it is no "
            + "longer offered for new enrolments (`GET /operators?axis=`) and a new enrolment with it is refused.")
    @RequestBody(content = @Content(schema = @Schema(implementation = UpdateOperatorRequest.class), examples = @ExampleObject(name = "operator", value = """
            {"name": "Lire et Écrire Huy-Waremme", "kind": "CISP",
             "address": {"street": "Rue du Marché 12", "postalCode": "4500", "locality": "Huy"},
             "recognisedAxes": ["FRENCH", "CITIZENSHIP"], "active": true}""")))
    @APIResponse(responseCode = "200", description = "The operator and its new ETag", content = @Content(schema = @Schema(implementation = OperatorResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response update(
            @PathParam("code") @Parameter(schema = @Schema(ref = ParameterSchemas.OPERATOR_CODE)) String code,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid UpdateOperatorRequest request) {
        long expected = Versions.expected(ifMatch);
        return respond(operators.update(code.toUpperCase(Locale.ROOT), expected, request == null
                ? new UpdateOperatorRequest(null, null, null, null, null)
                : request));
    }

    private static Response respond(OperatorService.OperatorView view) {
        return Response.ok(view.operator()).tag(Versions.etag(view.version())).build();
    }
}
