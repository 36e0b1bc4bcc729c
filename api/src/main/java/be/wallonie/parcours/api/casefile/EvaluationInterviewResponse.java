package be.wallonie.parcours.api.casefile;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.deadline.EvaluationInterview;

/** An evaluation interview held with the person. */
@Schema(name = "EvaluationInterview")
public record EvaluationInterviewResponse(UUID id, LocalDate heldOn,
        @Schema(maxLength = ResponseBounds.USERNAME) String conductedBy,
        @Schema(maxLength = ResponseBounds.TEXT, nullable = true) String notes, Instant recordedAt) {

    static EvaluationInterviewResponse of(EvaluationInterview interview) {
        return new EvaluationInterviewResponse(interview.id(), interview.heldOn(), interview.conductedBy(),
                interview.notes(), interview.recordedAt());
    }
}
