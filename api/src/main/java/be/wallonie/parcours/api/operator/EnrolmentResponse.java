package be.wallonie.parcours.api.operator;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentStatus;

/** An enrolment of a person on an axis with an operator. */
@Schema(name = "Enrolment")
public record EnrolmentResponse(UUID id, UUID caseFileId,
        @Schema(maxLength = ResponseBounds.OPERATOR_CODE) String operatorCode,
        @Schema(maxLength = ResponseBounds.NAME) String operatorName, Axis axis,
        LocalDate startDate, EnrolmentStatus status, @Schema(nullable = true) LocalDate endDate,
        @Schema(maxLength = ResponseBounds.TEXT, nullable = true) String withdrawalReason,
        @Schema(maxLength = ResponseBounds.USERNAME) String enrolledBy, Instant enrolledAt) {

    static EnrolmentResponse of(Enrolment enrolment, String operatorName) {
        return new EnrolmentResponse(enrolment.id(), enrolment.caseFile().id(), enrolment.operatorCode(),
                operatorName, enrolment.axis(), enrolment.startDate(), enrolment.status(),
                enrolment.endDate().orElse(null), enrolment.withdrawalReason().orElse(null), enrolment.enrolledBy(),
                enrolment.enrolledAt());
    }
}
