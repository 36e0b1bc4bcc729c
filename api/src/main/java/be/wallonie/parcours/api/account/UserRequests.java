package be.wallonie.parcours.api.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.domain.access.Role;

/** The bodies of the administrator's requests on staff accounts; their bounds are Bean Validation (ADR 0020). */
public final class UserRequests {

    private UserRequests() {
    }

    /** A new staff account, its tenant fitting its role, and its first password. */
    @Schema(name = "CreateUserRequest")
    public record CreateUserRequest(
            @Size(max = RequestBounds.USERNAME) @Pattern(regexp = RequestBounds.USERNAME_CHARACTERS, message = "{violation.USERNAME}") @Schema(example = "formateur.ili.2", description = "3 to 100 lower-case letters, digits, dots, hyphens or underscores") String username,
            @Size(max = RequestBounds.NAME) @Schema(example = "Claire Dumont") String displayName,
            Role role,
            @Size(max = 10) @Pattern(regexp = RequestBounds.CRI_CODE, message = "{issue.cri-code}") @Schema(description = "the CRI, for CRI_AGENT and CRI_SUPERVISOR only", example = "CRIPEL") String cri,
            @Size(max = 40) @Pattern(regexp = RequestBounds.OPERATOR_CODE, message = "{issue.operator-code}") @Schema(description = "the operator, for OPERATOR_TRAINER only", example = "ILI-LIEGE") String operator,
            @Size(max = 5) @Pattern(regexp = RequestBounds.NIS_CODE, message = "{issue.nis-code}") @Schema(description = "the commune (NIS code), for COMMUNE_CLIENT and CPAS_CLIENT only", example = "62063") String nis,
            @Size(max = RequestBounds.PASSWORD) @Schema(description = "the first password, which the administrator gives the user: 12 characters at least, 72 bytes at most, without the username", example = "Trois-mots-au-hasard-2026") String password) {
    }

    /** The account's display name, role and tenant, and whether it may sign in. */
    @Schema(name = "UpdateUserRequest")
    public record UpdateUserRequest(
            @Size(max = RequestBounds.NAME) @Schema(example = "Claire Dumont") String displayName,
            Role role,
            @Size(max = 10) @Pattern(regexp = RequestBounds.CRI_CODE, message = "{issue.cri-code}") @Schema(example = "CRIPEL") String cri,
            @Size(max = 40) @Pattern(regexp = RequestBounds.OPERATOR_CODE, message = "{issue.operator-code}") @Schema(example = "ILI-LIEGE") String operator,
            @Size(max = 5) @Pattern(regexp = RequestBounds.NIS_CODE, message = "{issue.nis-code}") @Schema(example = "62063") String nis,
            @Schema(description = "false: the user can no longer obtain a token") Boolean active) {
    }

    /** A new password that the administrator sets and gives the user. */
    @Schema(name = "PasswordResetRequest")
    public record PasswordResetRequest(
            @Size(max = RequestBounds.PASSWORD) @Schema(example = "Un-autre-mot-de-passe-2026") String password) {
    }
}
