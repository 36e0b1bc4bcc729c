package be.wallonie.parcours.api.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An access token to send as {@code Authorization: Bearer <accessToken>}. */
@Schema(name = "TokenResponse")
public record TokenResponse(
        @Schema(maxLength = 8192, description = "RS256 JWT") String accessToken,
        @Schema(maxLength = 10, example = "Bearer") String tokenType,
        @Schema(minimum = "1", maximum = "86400", description = "seconds until the token expires", example = "900") long expiresIn) {
}
