package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.shared.ResponseBounds;
import be.wallonie.parcours.domain.attendance.AxisAttendance;
import be.wallonie.parcours.domain.convention.Axis;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an axis stands, derived from the ledger: hours done net of corrections, required, remaining, done on. */
@Schema(name = "AxisProgress")
public record AxisProgressResponse(Axis axis,
        @Schema(example = "12.5") BigDecimal hoursDone,
        @Schema(example = "60") BigDecimal hoursRequired,
        @Schema(example = "47.5") BigDecimal hoursRemaining,
        boolean done,
        @Schema(nullable = true) LocalDate doneOn,
        @Schema(maxLength = ResponseBounds.CODE, description = "FRENCH_CERTIFICATE or WORK_RELEASE when an equivalence completed the axis", nullable = true) String completedBy) {

    public static AxisProgressResponse of(AxisAttendance axis) {
        return new AxisProgressResponse(axis.axis(), axis.hoursDone(), axis.hoursRequired(), axis.hoursRemaining(),
                axis.isDone(), axis.doneOn().orElse(null),
                axis.completedBy().map(equivalence -> equivalence.kind().name()).orElse(null));
    }
}
