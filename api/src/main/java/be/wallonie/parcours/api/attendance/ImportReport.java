package be.wallonie.parcours.api.attendance;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import of an attendance file did: the data lines read, those recorded, those skipped because their
 * {@code reference} was already imported by the operator, those rejected, and the errors of each rejected line.
 */
@Schema(name = "AttendanceImportReport")
public record ImportReport(
        @Schema(example = "3") long linesRead,
        @Schema(example = "2") long recorded,
        @Schema(description = "lines whose reference was already imported: skipped, nothing recorded", example = "0") long duplicates,
        @Schema(example = "1") long rejected,
        List<LineError> errors) {

    /** One error of a line. */
    @Schema(name = "AttendanceImportLineError")
    public record LineError(
            @Schema(description = "the line's number in the file, the header being line 1", example = "3") long line,
            @Schema(description = "the column, or empty for the whole line", example = "hours") String field,
            @Schema(example = "doit être un nombre entier de quarts d'heure") String message) {
    }
}
