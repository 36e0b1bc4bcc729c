package be.wallonie.parcours.api.convention;

import be.wallonie.parcours.api.shared.ReaderTexts;
import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionStatus;
import be.wallonie.parcours.domain.convention.ConventionVersion;

/**
 * A case file's convention: its status, the axes in force and until when, why each axis was proposed, and every
 * version (the proposal, then each amendment).
 */
@Schema(name = "Convention")
public record ConventionResponse(UUID id, UUID caseFileId, ConventionStatus status, LocalDate proposedOn,
        @Schema(nullable = true) LocalDate signedOn,
        @Schema(description = "The last day of the convention in force; absent until signed", nullable = true) LocalDate endDate,
        Set<Axis> requiredAxes,
        @Schema(description = "Why each required axis is in the convention, as the reception module calls for it (at the signature, or today for a proposal), in the language of Accept-Language") Map<Axis, @Size(max = ResponseBounds.MESSAGE) String> grounds,
        @Schema(description = "Every version of the convention, from the first: the history, answered whole") List<Version> versions) {

    public record Version(@Schema(minimum = "1", maximum = "2147483647") int number, Set<Axis> axes,
            LocalDate effectiveOn, @Schema(nullable = true) LocalDate endDate,
            @Schema(maxLength = ResponseBounds.TEXT) String reason,
            @Schema(maxLength = ResponseBounds.USERNAME) String recordedBy, Instant recordedAt) {
        static Version of(ConventionVersion version, ReaderTexts texts) {
            return new Version(version.number(), version.axes(), version.effectiveOn(), version.endDate(),
                    texts.motive(version.reason()), version.recordedBy(), version.recordedAt());
        }
    }

    static ConventionResponse of(Convention convention, Map<Axis, String> grounds, ReaderTexts texts) {
        return new ConventionResponse(convention.id(), convention.caseFile().id(), convention.status(),
                convention.proposedOn(), convention.signedOn().orElse(null), convention.endDate().orElse(null),
                convention.requiredAxes(), grounds,
                convention.versions().stream().map(version -> Version.of(version, texts)).toList());
    }
}
