package be.wallonie.parcours.api.attendance;

import java.util.List;

/**
 * What the reader made of one data line of an attendance file: the line read, or why it cannot be.
 *
 * @param lineNumber the line's number in the file, the header being line 1
 * @param line       the line read; {@code null} when it has errors
 * @param errors     the errors of the line, each with its field and message key; empty when it was read
 */
public record CsvLineResult(long lineNumber, AttendanceCsvLine line, List<FieldError> errors) {

    public CsvLineResult {
        errors = List.copyOf(errors);
        if ((line == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a line is either read or has errors");
        }
    }

    static CsvLineResult read(long lineNumber, AttendanceCsvLine line) {
        return new CsvLineResult(lineNumber, line, List.of());
    }

    static CsvLineResult refused(long lineNumber, List<FieldError> errors) {
        return new CsvLineResult(lineNumber, null, errors);
    }

    public boolean isValid() {
        return line != null;
    }

    /**
     * One error of a line.
     *
     * @param field      the column ({@code enrolmentId}, {@code sessionDate}, {@code hours}, {@code reference}), or
     *                   empty for the whole line
     * @param messageKey the key of the message in the API's message bundles, such as {@code csv.hours.not-quarter-hours}
     */
    public record FieldError(String field, String messageKey) {
    }
}
