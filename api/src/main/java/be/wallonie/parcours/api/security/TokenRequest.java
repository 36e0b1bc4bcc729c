package be.wallonie.parcours.api.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.infrastructure.JsonStrings;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;
import be.wallonie.parcours.api.shared.RequestBounds;

/**
 * A sign-in: {@code password} for staff, {@code client_credentials} for commune and CPAS software. Its bounds are Bean
 * Validation (ADR 0020), on this record for the JSON body and on the form fields of {@link AuthResource}.
 */
@Schema(name = "TokenRequest")
public record TokenRequest(
        @Size(max = GRANT_TYPE_LENGTH) @Schema(enumeration = {
                "password", "client_credentials"}, example = "password") String grantType,
        @Size(max = RequestBounds.USERNAME) @Schema(example = "agent.cripel") String username,
        @Size(max = RequestBounds.PASSWORD) @Schema(example = "Parcours-Demo-2026") String password,
        @Size(max = RequestBounds.USERNAME) @Schema(example = "commune-62063") String clientId,
        @Size(max = RequestBounds.CLIENT_SECRET) @Schema(example = "commune-62063-demo-secret") String clientSecret){

    /** The longest grant type, {@code client_credentials}. */
    static final int GRANT_TYPE_LENGTH = 18;

    static final String PASSWORD = "password";
    static final String CLIENT_CREDENTIALS = "client_credentials";

    boolean isPassword() {
        return PASSWORD.equals(grantType);
    }

    /** Names every missing field at once. */
    void validate() {
        List<FieldIssue> issues = new ArrayList<>();
        if (isBlank(grantType)) {
            issues.add(new FieldIssue("grantType", "issue.required"));
        } else if (isPassword()) {
            require(issues, "username", username);
            require(issues, "password", password);
        } else if (CLIENT_CREDENTIALS.equals(grantType)) {
            require(issues, "clientId", clientId);
            require(issues, "clientSecret", clientSecret);
        } else {
            issues.add(new FieldIssue("grantType", "issue.unsupported-grant-type"));
        }
        // the form endpoint's values are no JSON: check them as JsonStrings checks every JSON string
        storable(issues, "username", username);
        storable(issues, "password", password);
        storable(issues, "clientId", clientId);
        storable(issues, "clientSecret", clientSecret);
        if (!issues.isEmpty()) {
            throw ProblemException.invalid(issues.toArray(FieldIssue[]::new));
        }
    }

    private static void storable(List<FieldIssue> issues, String field, String value) {
        if (value != null && !JsonStrings.isStorable(value)) {
            issues.add(new FieldIssue(field, "issue.forbidden-character"));
        }
    }

    private static void require(List<FieldIssue> issues, String field, String value) {
        if (isBlank(value)) {
            issues.add(new FieldIssue(field, "issue.required"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "TokenRequest[grantType=" + grantType + "]";
    }
}
