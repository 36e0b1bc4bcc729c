package be.wallonie.parcours.api.attendance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a posting recorded: the entry, the axis' new totals, and whether the parcours is now completed. */
@Schema(name = "AttendanceRecording")
public record RecordingResponse(AttendanceEntryResponse entry, AxisProgressResponse axis,
        @Schema(description = "true when this entry completed every axis: the case file moved to COMPLETED") boolean parcoursCompleted) {
}
