package be.wallonie.parcours.api.casefile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.wallonie.parcours.api.attendance.AttendanceCsvWriter;
import be.wallonie.parcours.api.problem.Messages;
import be.wallonie.parcours.domain.deadline.DueDate;
import be.wallonie.parcours.domain.deadline.ListedCaseFile;
import be.wallonie.parcours.domain.territory.Commune;

/**
 * A list of case files as a spreadsheet opens it in Belgium (docs/back-office.md, "Export CSV"): UTF-8 with a byte
 * order mark (without it, Excel reads the accents as Latin-1), {@code ;} between cells (the list separator of the
 * French and Dutch locales, where {@code ,} is the decimal comma), CRLF line ends, one header line in the caller's
 * language, dates as {@code dd/MM/yyyy}, labels instead of codes. A cell that a spreadsheet would read as a formula is
 * made inert ({@link AttendanceCsvWriter#cell}).
 */
final class CaseFileCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final List<String> COLUMNS = List.of("number", "lastName", "firstNames", "birthDate", "commune", "state",
            "participation", "openedOn", "finalDeadline", "nextDue", "nextDueOn", "daysLeft");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String LINE_END = "\r\n";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Locale language;
    private final LocalDate today;
    private final Map<String, String> communeNames;
    private final StringBuilder text = new StringBuilder().append(BYTE_ORDER_MARK);

    CaseFileCsv(Locale language, LocalDate today, List<Commune> communes) {
        this.language = language;
        this.today = today;
        this.communeNames = communes.stream().collect(Collectors.toMap(Commune::nisCode, Commune::nameFr));
        line(COLUMNS.stream().map(column -> Messages.get(language, "caseFileCsv.column." + column)).toList());
    }

    /** The file's number as the back office shows it: the first 8 digits of its id. */
    static String number(ListedCaseFile listed) {
        return listed.id().toString().substring(0, 8);
    }

    void add(ListedCaseFile listed) {
        DueDate next = listed.deadlines().nextDue().orElse(null);
        Function<LocalDate, String> day = date -> date == null ? "" : DAY.format(date);
        line(List.of(number(listed), listed.lastName(), listed.firstNames(), day.apply(listed.birthDate()),
                listed.communeNis() == null
                        ? ""
                        : communeNames.getOrDefault(listed.communeNis(), "") + " (" + listed.communeNis() + ")",
                Messages.get(language, "caseFileState." + listed.state().name()),
                Messages.get(language, "caseFileCsv.participation." + listed.participation().name()),
                day.apply(listed.openedOn()),
                day.apply(listed.deadlines().finalDeadline() == null
                        ? null
                        : listed.deadlines().finalDeadline().dueOn()),
                next == null ? "" : Messages.get(language, "caseFileCsv.due." + next.kind().name()),
                next == null ? "" : day.apply(next.dueOn()),
                next == null ? "" : Long.toString(next.daysLeftOn(today))));
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void line(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(AttendanceCsvWriter.cell(cells.get(i)));
        }
        text.append(LINE_END);
    }
}
