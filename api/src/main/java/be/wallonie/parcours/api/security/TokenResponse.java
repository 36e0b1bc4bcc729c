package be.wallonie.parcours.api.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An access token to send as {@code Authorization: Bearer <accessToken>}. */
@Schema(name = "TokenResponse")
public record TokenResponse(
        @Schema(description = "RS256 JWT") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "seconds until the token expires", example = "900") long expiresIn) {
}
