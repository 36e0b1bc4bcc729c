package be.wallonie.parcours.api.attendance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import be.wallonie.parcours.domain.attendance.AttendanceEntry;

/**
 * Writes an operator's attendance export (docs/api-guide-operators.md, "CSV format") line by line, as the entries
 * stream from the database: UTF-8 with a byte order mark (so that Excel reads the accents), separator {@code ;},
 * decimal comma, dates {@code yyyy-MM-dd}, lines ended by CRLF. The first four columns are those of an import file.
 * <p>
 * Safe against CSV injection: a cell that a spreadsheet would read as a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is prefixed with {@code '}, unless it is a plain number such as
 * {@code -1,25}; a cell holding the separator, a quote or a line break is quoted, its quotes doubled.
 */
public final class AttendanceCsvWriter implements AutoCloseable {

    static final char SEPARATOR = ';';
    static final List<String> COLUMNS = List.of("enrolmentId", "sessionDate", "hours", "reference", "entryId", "kind",
            "corrects", "axis", "reason", "recordedBy", "recordedAt", "note");

    private static final String LINE_END = "\r\n";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

    private final Writer output;

    private AttendanceCsvWriter(Writer output) {
        this.output = output;
    }

    /** Starts an export on {@code out}: the byte order mark and the header line. */
    public static AttendanceCsvWriter open(OutputStream out) {
        AttendanceCsvWriter writer = new AttendanceCsvWriter(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        writer.write("\uFEFF");
        writer.row(COLUMNS);
        return writer;
    }

    /** Writes the line of one entry, without reference nor note. */
    public void write(AttendanceEntry entry) {
        write(entry, null, null);
    }

    /**
     * Writes the line of one entry with the operator's reference of the line and the trainer's note, when the session
     * has them ({@code null} otherwise).
     */
    public void write(AttendanceEntry entry, String reference, String note) {
        row(List.of(entry.enrolmentId().toString(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(entry.sessionDate()),
                hours(entry.hours()),
                reference == null ? "" : reference,
                entry.id().toString(),
                entry.kind().name(),
                entry.corrects().map(Object::toString).orElse(""),
                entry.axis().name(),
                entry.reason().orElse(""),
                entry.recordedBy(),
                DateTimeFormatter.ISO_INSTANT.format(entry.recordedAt()),
                note == null ? "" : note));
    }

    /** Writes one line of cells, each made safe. */
    public void row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(SEPARATOR);
            }
            line.append(cell(cells.get(i)));
        }
        write(line.append(LINE_END).toString());
    }

    /** A cell as written: a formula made inert, and quoted when needed. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = value;
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        if (formula && !PLAIN_NUMBER.matcher(value).matches()) {
            safe = "'" + value;
        }
        boolean quoted = safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** Hours with a decimal comma, as Belgian spreadsheets read them: {@code 2,75}, {@code -1,25}, {@code 3}. */
    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** Writes what is buffered to the output, for example every few hundred lines of a long export. */
    public void flush() {
        try {
            output.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            output.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text) {
        try {
            output.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
