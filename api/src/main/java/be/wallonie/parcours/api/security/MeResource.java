package be.wallonie.parcours.api.security;

import be.wallonie.parcours.api.shared.ResponseBounds;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.domain.access.Tenant;
import io.quarkus.security.Authenticated;

/** Who is signed in. */
@Path("/me")
@Tag(name = "Authentication")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final CurrentUser user;

    MeResource(CurrentUser user) {
        this.user = user;
    }

    /** The signed-in principal: role and tenant. */
    @Schema(name = "Me")
    public record MeResponse(
            @Schema(maxLength = ResponseBounds.USERNAME, example = "agent.cripel") String username,
            @Schema(maxLength = ResponseBounds.NAME, example = "Amina Lambert") String displayName,
            @Schema(maxLength = ResponseBounds.CODE, example = "CRI_AGENT") String role,
            @Schema(maxLength = ResponseBounds.CRI_CODE, example = "CRIPEL") String cri,
            @Schema(maxLength = ResponseBounds.OPERATOR_CODE) String operator,
            @Schema(maxLength = ResponseBounds.NIS_CODE) String nis) {
    }

    @GET
    @Operation(operationId = "getCurrentUser", summary = "The signed-in principal", description = "Role and tenant from the access token.")
    public MeResponse me() {
        Tenant tenant = user.tenant();
        return new MeResponse(user.username(), user.displayName(), tenant.role().name(), tenant.criCode(),
                tenant.operatorCode(), tenant.nisCode());
    }
}
