package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.shared.ResponseBounds;
import be.wallonie.parcours.domain.attendance.AxisEquivalence;
import be.wallonie.parcours.domain.attendance.AxisEquivalenceKind;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.reception.CefrLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An equivalence that completes an axis without hours: a certificate of French, a release because the person works. */
@Schema(name = "AxisEquivalence")
public record EquivalenceResponse(UUID id, AxisEquivalenceKind kind, Axis axis, LocalDate effectiveOn,
        @Schema(nullable = true) CefrLevel level,
        @Schema(maxLength = ResponseBounds.NAME, nullable = true) String issuer,
        @Schema(maxLength = ResponseBounds.TEXT, nullable = true) String evidence,
        @Schema(maxLength = ResponseBounds.USERNAME) String recordedBy, Instant recordedAt) {

    public static EquivalenceResponse of(AxisEquivalence equivalence) {
        return new EquivalenceResponse(equivalence.id(), equivalence.kind(), equivalence.axis(),
                equivalence.effectiveOn(), equivalence.level().orElse(null), equivalence.issuer().orElse(null),
                equivalence.evidence().orElse(null), equivalence.recordedBy(), equivalence.recordedAt());
    }
}
