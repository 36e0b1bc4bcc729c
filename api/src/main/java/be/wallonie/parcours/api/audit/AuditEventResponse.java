package be.wallonie.parcours.api.audit;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.audit.AuditEvent;
import be.wallonie.parcours.domain.audit.AuditOutcome;

/** One entry of a person's audit trail: identifiers only, never a personal value. */
@Schema(name = "AuditEvent")
public record AuditEventResponse(
        UUID id,
        Instant occurredAt,
        @Schema(maxLength = ResponseBounds.USERNAME, description = "the username or client id", example = "agent.cripel") String actor,
        @Schema(maxLength = ResponseBounds.CODE, example = "CRI_AGENT") String role,
        @Schema(maxLength = ResponseBounds.TENANT, description = "the actor's CRI, operator or NIS code; null for a regional role", nullable = true, example = "CRIPEL") String tenant,
        @Schema(maxLength = ResponseBounds.ENDPOINT, description = "HTTP method and path template", example = "GET /persons/{id}") String endpoint,
        UUID personId,
        @Schema(example = "READ") AuditAction action,
        @Schema(example = "SUCCESS") AuditOutcome outcome) {

    public static AuditEventResponse of(AuditEvent event) {
        return new AuditEventResponse(event.id(), event.occurredAt(), event.actor(), event.role(), event.tenant(),
                event.endpoint(), event.personId(), event.action(), event.outcome());
    }
}
