package be.wallonie.parcours.api.attendance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import be.wallonie.parcours.api.attendance.CsvLineResult.FieldError;
import be.wallonie.parcours.domain.convention.Hours;

/**
 * Reads an operator's attendance file (docs/api-guide-operators.md, "CSV format") one line at a time, never the whole
 * file: UTF-8 with an optional byte order mark; a header line {@code enrolmentId;sessionDate;hours;reference} (the
 * {@code reference} column may be left out), its separator {@code ;} or {@code ,} telling the file's; dates
 * {@code yyyy-MM-dd}; hours with a decimal point or comma, in quarter hours. Fields may be quoted ({@code "2,5"}, a
 * quote doubled inside). Blank lines are skipped.
 * <p>
 * Each data line gives a {@link CsvLineResult}: the line read, or its errors, each with its field and message key. A
 * file that cannot be read at all, or that holds more than {@link #MAX_DATA_LINES} data lines, is refused with a
 * {@link CsvFileRefusedException}, when its header is read or when the line over the limit is reached. Not
 * thread-safe; close it (or the stream of {@link #lines()}) to close the input.
 */
public final class AttendanceCsvReader implements Iterator<CsvLineResult>, AutoCloseable {

    /** The most data lines a file may hold. */
    public static final int MAX_DATA_LINES = 50_000;
    /** The longest reference kept. */
    public static final int MAX_REFERENCE_LENGTH = 100;

    public static final String ENROLMENT_ID = "enrolmentId";
    public static final String SESSION_DATE = "sessionDate";
    public static final String HOURS = "hours";
    public static final String REFERENCE = "reference";
    static final List<String> COLUMNS = List.of(ENROLMENT_ID, SESSION_DATE, HOURS, REFERENCE);

    static final String REQUIRED = "csv.required";
    static final String NOT_A_UUID = "csv.enrolment-id.not-a-uuid";
    static final String NOT_A_DATE = "csv.session-date.not-a-date";
    static final String NOT_A_NUMBER = "csv.hours.not-a-number";
    static final String OUT_OF_RANGE = "csv.hours.out-of-range";
    static final String NOT_QUARTER_HOURS = "csv.hours.not-quarter-hours";
    static final String REFERENCE_TOO_LONG = "csv.reference.too-long";
    static final String REFERENCE_REPEATED = "csv.reference.repeated";
    static final String REFERENCE_NUL = "csv.reference.nul";
    static final String COLUMN_COUNT = "csv.line.column-count";
    static final String BAD_QUOTES = "csv.line.bad-quotes";

    private static final char BOM = '\uFEFF';
    private static final Pattern UUID_FORM = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern HOURS_FORM = Pattern.compile("-?[0-9]{1,3}([.,][0-9]{1,2})?");

    private final BufferedReader input;
    private final int maxDataLines;
    private final char separator;
    private final int columns;
    private final Set<String> references = new HashSet<>();
    private long lineNumber;
    private long dataLines;
    private CsvLineResult next;
    private boolean finished;

    private AttendanceCsvReader(BufferedReader input, int maxDataLines) {
        this.input = input;
        this.maxDataLines = maxDataLines;
        String header = readLine();
        if (header == null) {
            throw new CsvFileRefusedException(CsvFileRefusedException.Reason.MISSING_HEADER,
                    "The file is empty: its first line names the columns");
        }
        if (!header.isEmpty() && header.charAt(0) == BOM) {
            header = header.substring(1);
        }
        this.separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<String> names = split(header);
        List<String> normalised = names == null
                ? List.of()
                : names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        boolean known = normalised.size() >= 3 && normalised.size() <= 4 && normalised.equals(COLUMNS.stream()
                .limit(normalised.size()).map(name -> name.toLowerCase(Locale.ROOT)).toList());
        if (!known) {
            throw new CsvFileRefusedException(CsvFileRefusedException.Reason.UNKNOWN_HEADER,
                    "The first line must name the columns " + String.join(";", COLUMNS));
        }
        this.columns = normalised.size();
    }

    /** Opens a file of at most {@link #MAX_DATA_LINES} data lines, and reads its header. */
    public static AttendanceCsvReader open(InputStream in) {
        return open(in, MAX_DATA_LINES);
    }

    /**
     * Opens a file of at most {@code maxDataLines} data lines, and reads its header.
     *
     * @throws CsvFileRefusedException when the file is empty, not UTF-8, or its header is not the expected one
     */
    public static AttendanceCsvReader open(InputStream in, int maxDataLines) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new AttendanceCsvReader(new BufferedReader(new InputStreamReader(in, decoder)), maxDataLines);
    }

    /** The file's separator, as its header line shows it. */
    public char separator() {
        return separator;
    }

    /** The results of the data lines, lazily read; closing the stream closes the input. */
    public Stream<CsvLineResult> lines() {
        return StreamSupport
                .stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(this::close);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = readNext();
            finished = next == null;
        }
        return next != null;
    }

    @Override
    public CsvLineResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvLineResult result = next;
        next = null;
        return result;
    }

    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvLineResult readNext() {
        String text;
        do {
            text = readLine();
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        dataLines++;
        if (dataLines > maxDataLines) {
            throw new CsvFileRefusedException(CsvFileRefusedException.Reason.TOO_MANY_LINES,
                    "A file holds at most " + maxDataLines + " lines; send the rest in another file");
        }
        return parse(lineNumber, text);
    }

    private CsvLineResult parse(long number, String text) {
        List<String> fields = split(text);
        if (fields == null) {
            return CsvLineResult.refused(number, List.of(new FieldError("", BAD_QUOTES)));
        }
        if (fields.size() != columns && !(columns == 4 && fields.size() == 3)) {
            return CsvLineResult.refused(number, List.of(new FieldError("", COLUMN_COUNT)));
        }
        List<FieldError> errors = new ArrayList<>();
        UUID enrolmentId = enrolmentId(fields.get(0).strip(), errors);
        LocalDate sessionDate = sessionDate(fields.get(1).strip(), errors);
        Hours hours = hours(fields.get(2).strip(), errors);
        String reference = fields.size() > 3 ? reference(fields.get(3).strip(), errors) : null;
        if (!errors.isEmpty()) {
            return CsvLineResult.refused(number, errors);
        }
        return CsvLineResult.read(number, new AttendanceCsvLine(enrolmentId, sessionDate, hours, reference));
    }

    private static UUID enrolmentId(String text, List<FieldError> errors) {
        if (text.isEmpty()) {
            errors.add(new FieldError(ENROLMENT_ID, REQUIRED));
            return null;
        }
        if (!UUID_FORM.matcher(text).matches()) {
            errors.add(new FieldError(ENROLMENT_ID, NOT_A_UUID));
            return null;
        }
        return UUID.fromString(text);
    }

    private static LocalDate sessionDate(String text, List<FieldError> errors) {
        if (text.isEmpty()) {
            errors.add(new FieldError(SESSION_DATE, REQUIRED));
            return null;
        }
        try {
            // year 0000 is a day for java.time, not for PostgreSQL (there is no year zero)
            if (DATE_FORM.matcher(text).matches() && !text.startsWith("0000")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException notADay) {
            // 2024-02-30 and the like
        }
        errors.add(new FieldError(SESSION_DATE, NOT_A_DATE));
        return null;
    }

    private static Hours hours(String text, List<FieldError> errors) {
        if (text.isEmpty()) {
            errors.add(new FieldError(HOURS, REQUIRED));
            return null;
        }
        if (!HOURS_FORM.matcher(text).matches()) {
            errors.add(new FieldError(HOURS, NOT_A_NUMBER));
            return null;
        }
        BigDecimal value = new BigDecimal(text.replace(',', '.'));
        if (value.signum() <= 0 || value.compareTo(Hours.MAXIMUM_PER_DAY) > 0) {
            errors.add(new FieldError(HOURS, OUT_OF_RANGE));
            return null;
        }
        if (value.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(HOURS, NOT_QUARTER_HOURS));
            return null;
        }
        return new Hours(value);
    }

    private String reference(String text, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_REFERENCE_LENGTH) {
            errors.add(new FieldError(REFERENCE, REFERENCE_TOO_LONG));
            return null;
        }
        if (text.indexOf('\u0000') >= 0) {
            // valid UTF-8, but PostgreSQL refuses it: the line is in error, not the import
            errors.add(new FieldError(REFERENCE, REFERENCE_NUL));
            return null;
        }
        if (!references.add(text)) {
            errors.add(new FieldError(REFERENCE, REFERENCE_REPEATED));
            return null;
        }
        return text;
    }

    /** The fields of a line, quotes removed; {@code null} when its quotes are unbalanced or misplaced. */
    private List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < text.length()) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (!closed || (i < text.length() && text.charAt(i) != separator)) {
                    return null;
                }
            } else {
                while (i < text.length() && text.charAt(i) != separator) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        return null;
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= text.length()) {
                return fields;
            }
            i++; // the separator
        }
    }

    private String readLine() {
        try {
            String text = input.readLine();
            if (text != null) {
                lineNumber++;
            }
            return text;
        } catch (CharacterCodingException notUtf8) {
            throw new CsvFileRefusedException(CsvFileRefusedException.Reason.NOT_UTF8,
                    "The file is not in UTF-8 (line " + (lineNumber + 1) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
