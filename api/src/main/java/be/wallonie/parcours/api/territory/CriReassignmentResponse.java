package be.wallonie.parcours.api.territory;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.territory.CommuneCriReassignment;

/** One change of the CRI that serves a commune. */
@Schema(name = "CriReassignment")
public record CriReassignmentResponse(@Schema(maxLength = ResponseBounds.NIS_CODE) String nisCode,
        @Schema(maxLength = ResponseBounds.CRI_CODE) String fromCri,
        @Schema(maxLength = ResponseBounds.CRI_CODE) String toCri,
        @Schema(maxLength = ResponseBounds.TEXT) String reason,
        @Schema(maxLength = ResponseBounds.USERNAME) String decidedBy,
        Instant decidedAt) {

    static CriReassignmentResponse of(CommuneCriReassignment r) {
        return new CriReassignmentResponse(r.nisCode(), r.fromCri(), r.toCri(), r.reason(), r.decidedBy(),
                r.decidedAt());
    }
}
