package be.wallonie.parcours.api.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.deadline.EvaluationInterview;

/** An evaluation interview held with the person. */
@Schema(name = "EvaluationInterview")
public record EvaluationInterviewResponse(UUID id, LocalDate heldOn, String conductedBy,
        @Schema(nullable = true) String notes, Instant recordedAt) {

    static EvaluationInterviewResponse of(EvaluationInterview interview) {
        return new EvaluationInterviewResponse(interview.id(), interview.heldOn(), interview.conductedBy(),
                interview.notes(), interview.recordedAt());
    }
}
