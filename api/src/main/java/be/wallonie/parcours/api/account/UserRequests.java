package be.wallonie.parcours.api.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.access.Role;

/** The bodies of the administrator's requests on staff accounts. */
public final class UserRequests {

    private UserRequests() {
    }

    /** A new staff account, its tenant fitting its role, and its first password. */
    @Schema(name = "CreateUserRequest")
    public record CreateUserRequest(
            @Schema(example = "formateur.ili.2", description = "3 to 100 lower-case letters, digits, dots, hyphens or underscores") String username,
            @Schema(example = "Claire Dumont") String displayName,
            Role role,
            @Schema(description = "the CRI, for CRI_AGENT and CRI_SUPERVISOR only", example = "CRIPEL") String cri,
            @Schema(description = "the operator, for OPERATOR_TRAINER only", example = "ILI-LIEGE") String operator,
            @Schema(description = "the commune (NIS code), for COMMUNE_CLIENT and CPAS_CLIENT only", example = "62063") String nis,
            @Schema(description = "the first password, which the administrator gives the user: 12 characters at least, 72 bytes at most, without the username", example = "Trois-mots-au-hasard-2026") String password) {
    }

    /** The account's display name, role and tenant, and whether it may sign in. */
    @Schema(name = "UpdateUserRequest")
    public record UpdateUserRequest(
            @Schema(example = "Claire Dumont") String displayName,
            Role role,
            @Schema(example = "CRIPEL") String cri,
            @Schema(example = "ILI-LIEGE") String operator,
            @Schema(example = "62063") String nis,
            @Schema(description = "false: the user can no longer obtain a token") Boolean active) {
    }

    /** A new password that the administrator sets and gives the user. */
    @Schema(name = "PasswordResetRequest")
    public record PasswordResetRequest(@Schema(example = "Un-autre-mot-de-passe-2026") String password) {
    }
}
