package be.wallonie.parcours.api.operator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentStatus;

/** An enrolment of a person on an axis with an operator. */
@Schema(name = "Enrolment")
public record EnrolmentResponse(UUID id, UUID caseFileId, String operatorCode, String operatorName, Axis axis,
        LocalDate startDate, EnrolmentStatus status, @Schema(nullable = true) LocalDate endDate,
        @Schema(nullable = true) String withdrawalReason, String enrolledBy, Instant enrolledAt) {

    static EnrolmentResponse of(Enrolment enrolment, String operatorName) {
        return new EnrolmentResponse(enrolment.id(), enrolment.caseFile().id(), enrolment.operatorCode(),
                operatorName, enrolment.axis(), enrolment.startDate(), enrolment.status(),
                enrolment.endDate().orElse(null), enrolment.withdrawalReason().orElse(null), enrolment.enrolledBy(),
                enrolment.enrolledAt());
    }
}
