package be.wallonie.parcours.api.territory;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.territory.CommuneCriReassignment;

/** One change of the CRI that serves a commune. */
@Schema(name = "CriReassignment")
public record CriReassignmentResponse(String nisCode, String fromCri, String toCri, String reason, String decidedBy,
        Instant decidedAt) {

    static CriReassignmentResponse of(CommuneCriReassignment r) {
        return new CriReassignmentResponse(r.nisCode(), r.fromCri(), r.toCri(), r.reason(), r.decidedBy(),
                r.decidedAt());
    }
}
