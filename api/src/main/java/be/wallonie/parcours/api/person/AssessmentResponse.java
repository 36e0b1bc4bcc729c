package be.wallonie.parcours.api.person;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.obligation.ObligationCheckResponse;
import be.wallonie.parcours.domain.assessment.AssessmentKind;
import be.wallonie.parcours.domain.assessment.DispenseEvidence;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.ObligationCode;
import be.wallonie.parcours.domain.obligation.ObligationStatus;

/**
 * A stored obligation assessment of a person: the rules' verdict (a dispense to confirm among them), a supervisor's
 * recorded dispense, confirmation or rejection; who and when.
 */
@Schema(name = "Assessment")
public record AssessmentResponse(
        UUID id,
        @Schema(example = "RULES_ENGINE") AssessmentKind kind,
        @Schema(example = "OBLIGED") ObligationStatus status,
        @Schema(description = "the provision that decided (the one proposed, for DISPENSE_TO_CONFIRM); null when obliged", nullable = true, example = "D4") ObligationCode code,
        @Schema(description = "the day the attestation is due; null unless OBLIGED or DISPENSE_TO_CONFIRM (the person stays obliged until a supervisor confirms)", nullable = true, example = "2028-03-10") LocalDate deadline,
        @Schema(maxLength = ResponseBounds.CRI_CODE, description = "the CRI of the commune; null when out of scope", nullable = true, example = "CRIPEL") String cri,
        @Schema(maxLength = 20, example = "2025.1") String ruleSetVersion,
        @Schema(description = "the day the facts were taken on", example = "2026-11-23") LocalDate asOf,
        @Schema(maxLength = ResponseBounds.USERNAME, example = "agent.cripel") String assessedBy,
        Instant assessedAt,
        @JsonRawValue @Schema(description = "RULES_ENGINE only: every provision in order of precedence, whether it applied and the facts it read, then the deadline", nullable = true, type = SchemaType.ARRAY, implementation = ObligationCheckResponse.Trace.class) String explanation,
        @Schema(maxLength = ResponseBounds.TEXT, description = "RECORDED_DISPENSE: the supervisor's reasoning; REJECTED_DISPENSE: the reason of the rejection", nullable = true) String dispenseReasoning,
        @Schema(description = "RECORDED_DISPENSE only: the evidence", nullable = true) DispenseEvidence evidence,
        @Schema(description = "a supervisor's confirmation (RECORDED_DISPENSE) or rejection (REJECTED_DISPENSE): the id of the dispense to confirm it decides; null otherwise", nullable = true) UUID decides,
        @Schema(description = "a dispense of the rules on facts declared at the desk, stored before dispenses needed a supervisor's confirmation and kept as confirmed by the migration (V018)") boolean confirmedAtMigration) {

    static AssessmentResponse of(ObligationAssessment assessment) {
        if (assessment == null) {
            return null;
        }
        return new AssessmentResponse(assessment.id(), assessment.kind(), assessment.status(),
                assessment.code().orElse(null), assessment.deadline().map(Deadline::date).orElse(null),
                assessment.criCode().orElse(null), assessment.ruleSetVersion(), assessment.asOf(),
                assessment.assessedBy(), assessment.assessedAt(),
                assessment.kind() == AssessmentKind.RULES_ENGINE ? assessment.explanation() : null,
                assessment.kind() == AssessmentKind.RULES_ENGINE ? null : assessment.explanation(),
                assessment.evidence().orElse(null), assessment.decides().orElse(null),
                assessment.confirmedAtMigration());
    }
}
