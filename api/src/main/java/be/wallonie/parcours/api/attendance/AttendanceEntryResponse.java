package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.shared.ResponseBounds;
import be.wallonie.parcours.domain.attendance.AttendanceEntry;
import be.wallonie.parcours.domain.attendance.AttendanceEntryKind;
import be.wallonie.parcours.domain.convention.Axis;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the ledger: a session, or a correction of a session (its signed change of hours). */
@Schema(name = "AttendanceEntry")
public record AttendanceEntryResponse(UUID id, AttendanceEntryKind kind, UUID enrolmentId,
        @Schema(maxLength = ResponseBounds.OPERATOR_CODE) String operatorCode,
        Axis axis, LocalDate sessionDate,
        @Schema(description = "a session's hours, or the signed change a correction brings", example = "2.75") BigDecimal hours,
        @Schema(description = "a correction: the session it corrects", nullable = true) UUID corrects,
        @Schema(maxLength = ResponseBounds.TEXT, description = "a correction: why", nullable = true) String reason,
        @Schema(maxLength = ResponseBounds.USERNAME, description = "a session: the operator's reference of the line imported", nullable = true) String reference,
        @Schema(maxLength = ResponseBounds.TEXT, description = "a session: the trainer's note", nullable = true) String note,
        @Schema(maxLength = ResponseBounds.USERNAME) String recordedBy, Instant recordedAt) {

    public static AttendanceEntryResponse of(AttendanceEntry entry, AttendanceAnnotation annotation) {
        return new AttendanceEntryResponse(entry.id(), entry.kind(), entry.enrolmentId(), entry.operatorCode(),
                entry.axis(), entry.sessionDate(), entry.hours(), entry.corrects().orElse(null),
                entry.reason().orElse(null),
                annotation == null ? null : annotation.reference().orElse(null),
                annotation == null ? null : annotation.note().orElse(null),
                entry.recordedBy(), entry.recordedAt());
    }
}
