package be.wallonie.parcours.domain.attestation;

import java.time.Instant;

/**
 * Why, by whom and when an attestation was revoked.
 *
 * @param reason the reason, as the supervisor wrote it
 * @param by     the supervisor's username
 * @param at     when
 */
public record Revocation(String reason, String by, Instant at) {
}
