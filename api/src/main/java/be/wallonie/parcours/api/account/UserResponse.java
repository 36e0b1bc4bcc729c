package be.wallonie.parcours.api.account;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.access.Tenant;
import be.wallonie.parcours.domain.access.UserAccount;

/** A staff account as the administrator sees it; never its password hash. */
@Schema(name = "User")
public record UserResponse(UUID id,
        @Schema(maxLength = ResponseBounds.USERNAME, example = "formateur.ili") String username,
        @Schema(maxLength = ResponseBounds.NAME, example = "Julie Collard") String displayName, Role role,
        @Schema(maxLength = ResponseBounds.CRI_CODE, nullable = true, example = "CRIPEL") String cri,
        @Schema(maxLength = ResponseBounds.OPERATOR_CODE, nullable = true, example = "ILI-LIEGE") String operator,
        @Schema(maxLength = ResponseBounds.NIS_CODE, nullable = true, example = "62063") String nis, boolean active,
        Instant createdAt) {

    static UserResponse of(UserAccount account) {
        Tenant tenant = account.tenant();
        return new UserResponse(account.id(), account.username(), account.displayName(), tenant.role(),
                tenant.criCode(), tenant.operatorCode(), tenant.nisCode(), account.active(), account.createdAt());
    }
}
