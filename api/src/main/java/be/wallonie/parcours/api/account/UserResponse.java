package be.wallonie.parcours.api.account;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.access.Tenant;
import be.wallonie.parcours.domain.access.UserAccount;

/** A staff account as the administrator sees it; never its password hash. */
@Schema(name = "User")
public record UserResponse(UUID id, @Schema(example = "formateur.ili") String username,
        @Schema(example = "Julie Collard") String displayName, Role role,
        @Schema(nullable = true, example = "CRIPEL") String cri,
        @Schema(nullable = true, example = "ILI-LIEGE") String operator,
        @Schema(nullable = true, example = "62063") String nis, boolean active, Instant createdAt) {

    static UserResponse of(UserAccount account) {
        Tenant tenant = account.tenant();
        return new UserResponse(account.id(), account.username(), account.displayName(), tenant.role(),
                tenant.criCode(), tenant.operatorCode(), tenant.nisCode(), account.active(), account.createdAt());
    }
}
