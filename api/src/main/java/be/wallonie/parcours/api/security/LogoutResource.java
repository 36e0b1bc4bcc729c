package be.wallonie.parcours.api.security;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import be.wallonie.parcours.api.problem.Problem;
import be.wallonie.parcours.api.problem.ProblemMapper;

/** Logout: the caller's tokens end (docs/adr/0027). */
@Path("/auth/logout")
@Tag(name = "Authentication")
@Authenticated
@SecurityRequirement(name = "bearer")
public class LogoutResource {

    private final TokenService tokens;
    private final JsonWebToken token;

    LogoutResource(TokenService tokens, JsonWebToken token) {
        this.tokens = tokens;
        this.token = token;
    }

    @POST
    @Operation(operationId = "logout", summary = "Log out", description = "Ends every access token of the caller's account, "
            + "this one and those of its other sessions: each is answered 401 from now on (within "
            + "`parcours.auth.token-version-cache`, 5 seconds, on the other instances). Sign in again to get a new one.")
    @APIResponse(responseCode = "204", description = "Logged out")
    @APIResponse(responseCode = "404", description = "Tokens are issued by an external issuer: log out there", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public void logout() {
        tokens.signOut(token.getSubject());
    }
}
