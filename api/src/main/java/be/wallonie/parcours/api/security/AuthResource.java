package be.wallonie.parcours.api.security;

import java.util.Optional;

import be.wallonie.parcours.api.audit.Refusals;
import be.wallonie.parcours.api.infrastructure.BodyLimit;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;

import io.vertx.core.http.HttpServerRequest;
import org.jboss.logging.Logger;

import be.wallonie.parcours.api.problem.Problem;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;
import be.wallonie.parcours.api.problem.ProblemMapper;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.problem.ProblemType;
import be.wallonie.parcours.api.problem.TooManyRequests;
import be.wallonie.parcours.api.shared.ClientAddress;
import be.wallonie.parcours.api.shared.RequestBounds;

/** Sign-in: staff with username and password, commune and CPAS software with client credentials. */
@Path("/auth/token")
@Tag(name = "Authentication")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final Logger LOG = Logger.getLogger(AuthResource.class);

    private final TokenService tokens;
    private final SignInThrottle throttle;
    private final ClientAddress addresses;
    private final Refusals refusals;

    AuthResource(TokenService tokens, SignInThrottle throttle, ClientAddress addresses, Refusals refusals) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.addresses = addresses;
        this.refusals = refusals;
    }

    @POST
    @BodyLimit(BodyLimit.CREDENTIALS)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestToken", summary = "Obtain an access token", description = "grantType `password` (staff: username, password) or "
            + "`client_credentials` (commune and CPAS API clients: clientId, clientSecret). The token is an RS256 JWT "
            + "to send as `Authorization: Bearer`.")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "400", description = "A field is missing or too long", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Wrong credentials or disabled account", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = TokenRequest.class), examples = {
            @ExampleObject(name = "staff", value = """
                    {"grantType": "password", "username": "agent.cripel", "password": "Parcours-Demo-2026"}"""),
            @ExampleObject(name = "commune client", value = """
                    {"grantType": "client_credentials", "clientId": "commune-62063", "clientSecret": "commune-62063-demo-secret"}""")}))
    @APIResponse(responseCode = "429", description = "Too many attempts from this address or for this account; "
            + "try again after `Retry-After` seconds", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public TokenResponse token(@Valid TokenRequest request, HttpServerRequest http, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalid(new FieldIssue("grantType", "issue.required"));
        }
        return issue(request, http, headers, uri);
    }

    @POST
    @BodyLimit(BodyLimit.CREDENTIALS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "requestToken", summary = "Obtain an access token (OAuth 2 form)", description = "The same, with the OAuth 2 form "
            + "fields grant_type, username, password, client_id and client_secret.")
    public TokenResponse tokenFromForm(
            @RestForm("grant_type") @Size(max = TokenRequest.GRANT_TYPE_LENGTH) String grantType,
            @RestForm @Size(max = RequestBounds.USERNAME) String username,
            @RestForm @Size(max = RequestBounds.PASSWORD) String password,
            @RestForm("client_id") @Size(max = RequestBounds.USERNAME) String clientId,
            @RestForm("client_secret") @Size(max = RequestBounds.CLIENT_SECRET) String clientSecret,
            HttpServerRequest http, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        return issue(new TokenRequest(grantType, username, password, clientId, clientSecret), http, headers, uri);
    }

    private TokenResponse issue(TokenRequest request, HttpServerRequest http, HttpHeaders headers, UriInfo uri) {
        request.validate();
        String account = request.isPassword() ? request.username() : request.clientId();
        Optional<SignInThrottle.Throttled> throttled = throttle.admit(account, http);
        if (throttled.isPresent()) {
            throw refuse(account, addresses.of(http), throttled.get().reason(),
                    new WebApplicationException(TooManyRequests.response(throttled.get().allowance(), headers, uri)));
        }
        try {
            TokenService.AccessToken token = request.isPassword()
                    ? tokens.forStaff(request.username(), request.password())
                    : tokens.forClient(request.clientId(), request.clientSecret());
            throttle.succeeded(account, http);
            return new TokenResponse(token.token(), "Bearer", token.expiresIn());
        } catch (InvalidCredentialsException refused) {
            throttle.failed(account, http);
            throw refuse(account, addresses.of(http), refused.reason(),
                    new ProblemException(ProblemType.INVALID_CREDENTIALS, null));
        }
    }

    /**
     * Every refused sign-in passes here, with the identifier it named (a username or client id, as sent, at most
     * {@link RequestBounds#USERNAME} characters), the client's address and why: the one place to record refusals.
     * The refusals the throttle let through (an unknown account, a wrong secret, an inactive account) are recorded in
     * the audit trail's refusals, in a transaction of their own (docs/adr/0028); those of the throttle itself (429)
     * are not, so that a flood of attempts cannot write a row each: the throttle bounds what is recorded.
     *
     * @return the answer to throw: 401 {@code invalid-credentials} or 429 {@code too-many-requests}
     */
    private RuntimeException refuse(String identifier, String address, SignInRefusal reason,
            RuntimeException answer) {
        LOG.infof("Refused a sign-in: %s", reason);
        if (reason != SignInRefusal.TOO_MANY_ATTEMPTS_FROM_ADDRESS
                && reason != SignInRefusal.ACCOUNT_DELAYED_AT_ADDRESS) {
            refusals.signIn(identifier, address, 401,
                    reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return answer;
    }
}
