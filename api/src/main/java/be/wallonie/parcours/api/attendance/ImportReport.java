package be.wallonie.parcours.api.attendance;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.problem.Problem;

/**
 * What an import of an attendance file did: the data lines read, those recorded, those skipped because their
 * {@code reference} was already imported by the operator, those rejected, and the errors of each rejected line.
 */
@Schema(name = "AttendanceImportReport")
public record ImportReport(
        @Schema(minimum = "0", maximum = "" + AttendanceCsvReader.MAX_DATA_LINES, example = "3") long linesRead,
        @Schema(minimum = "0", maximum = "" + AttendanceCsvReader.MAX_DATA_LINES, example = "2") long recorded,
        @Schema(description = "lines whose reference was already imported: skipped, nothing recorded", minimum = "0", maximum = ""
                + AttendanceCsvReader.MAX_DATA_LINES, example = "0") long duplicates,
        @Schema(minimum = "0", maximum = "" + AttendanceCsvReader.MAX_DATA_LINES, example = "1") long rejected,
        @Schema(maxItems = MAX_ERRORS) List<LineError> errors) {

    /** At most one error per column (four) for each line of a file of at most 50,000 lines. */
    public static final int MAX_ERRORS = 4 * AttendanceCsvReader.MAX_DATA_LINES;

    /** One error of a line. */
    @Schema(name = "AttendanceImportLineError")
    public record LineError(
            @Schema(description = "the line's number in the file, the header being line 1", minimum = "1", maximum = ""
                    + (AttendanceCsvReader.MAX_DATA_LINES + 1), example = "3") long line,
            @Schema(description = "the column, or empty for the whole line", maxLength = 30, example = "hours") String field,
            @Schema(maxLength = Problem.Issue.MAX_MESSAGE, example = "doit être un nombre entier de quarts d'heure") String message) {
    }
}
