package be.wallonie.parcours.api.account;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.account.UserRequests.CreateUserRequest;
import be.wallonie.parcours.api.account.UserRequests.PasswordResetRequest;
import be.wallonie.parcours.api.account.UserRequests.UpdateUserRequest;
import be.wallonie.parcours.api.problem.Problem;
import be.wallonie.parcours.api.problem.ProblemMapper;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.Ids;
import be.wallonie.parcours.api.shared.PageRequest;
import be.wallonie.parcours.api.shared.PageResponse;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.api.shared.Versions;
import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.shared.Paging;

/** The staff accounts, which only an administrator manages. Password hashes never leave the server. */
@Path("/users")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMINISTRATOR)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class UserResource {

    private static final String TENANT_PROBLEM = "The tenant does not fit the role (a CRI for CRI_AGENT and "
            + "CRI_SUPERVISOR, an operator for OPERATOR_TRAINER, a commune for COMMUNE_CLIENT and CPAS_CLIENT, none "
            + "otherwise), or names an unknown CRI, operator or commune; each field named";

    private final UserService users;

    UserResource(UserService users) {
        this.users = users;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "Find staff accounts", description = "By role, CRI and a fragment of the username or "
            + "display name (`q`), ordered by username.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, pageSize, total}")
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    public PageResponse<UserResponse> list(@QueryParam("role") @Parameter(example = "OPERATOR_TRAINER") Role role,
            @QueryParam("cri") @Size(max = 10) @Pattern(regexp = RequestBounds.CRI_CODE, message = "{issue.cri-code}") @Parameter(example = "CRIPEL") String cri,
            @QueryParam("q") @Size(max = RequestBounds.NAME) @Parameter(example = "ili") String q,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("pageSize") @Min(1) @Max(PageRequest.MAX_PAGE_SIZE) Integer pageSize) {
        PageRequest request = PageRequest.of(page, pageSize);
        return PageResponse.of(users.search(role, cri, q, new Paging(request.page(), request.pageSize())),
                user -> user);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "A staff account", description = "With the ETag to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return respond(users.get(Ids.uuid(id)));
    }

    @POST
    @Operation(operationId = "createUser", summary = "Create a staff account", description = "The administrator chooses the first password and "
            + "gives it to the user (Parcours sends no e-mail). The tenant must fit the role.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CreateUserRequest.class), examples = @ExampleObject(name = "trainer", value = """
            {"username": "formateur.ili.2", "displayName": "Claire Dumont", "role": "OPERATOR_TRAINER",
             "operator": "ILI-LIEGE", "password": "Trois-mots-au-hasard-2026"}""")))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "409", description = "The username is taken", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = TENANT_PROBLEM, content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid CreateUserRequest request) {
        var view = users.create(request == null
                ? new CreateUserRequest(null, null, null, null, null, null, null)
                : request);
        return Response.created(URI.create("users/" + view.user().id()))
                .entity(view.user())
                .tag(Versions.etag(view.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateUser", summary = "Change a staff account", description = "Display name, role, tenant and whether it may sign "
            + "in; send the ETag in If-Match. A deactivated account can no longer obtain a token; deactivation and a "
            + "change of role or tenant end the tokens it holds (401 from then on). Administrators cannot deactivate their own account nor give themselves "
            + "another role (409).")
    @RequestBody(content = @Content(schema = @Schema(implementation = UpdateUserRequest.class), examples = @ExampleObject(name = "deactivate", value = """
            {"displayName": "Claire Dumont", "role": "OPERATOR_TRAINER", "operator": "ILI-LIEGE", "active": false}""")))
    @APIResponse(responseCode = "200", description = "The account and its new ETag", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "422", description = TENANT_PROBLEM, content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response update(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid UpdateUserRequest request) {
        var userId = Ids.uuid(id);
        var view = users.update(userId, Versions.expected(ifMatch),
                request == null ? new UpdateUserRequest(null, null, null, null, null, null) : request);
        return respond(view);
    }

    @POST
    @Path("{id}/passwordReset")
    @Operation(operationId = "resetPassword", summary = "Set a new password", description = "The administrator chooses it and gives it to the user, "
            + "as for a new account; the old one stops working at once, and so do the tokens the account holds.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PasswordResetRequest.class), examples = @ExampleObject(name = "reset", value = """
            {"password": "Un-autre-mot-de-passe-2026"}""")))
    @APIResponse(responseCode = "200", description = "The account and its new ETag", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response resetPassword(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @Valid PasswordResetRequest request) {
        return respond(users.resetPassword(Ids.uuid(id), request == null ? null : request.password()));
    }

    private static Response respond(UserService.UserView view) {
        return Response.ok(view.user()).tag(Versions.etag(view.version())).build();
    }
}
