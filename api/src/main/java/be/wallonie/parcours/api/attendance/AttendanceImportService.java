package be.wallonie.parcours.api.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import be.wallonie.parcours.api.audit.Audit;
import be.wallonie.parcours.api.casefile.StoredDeadlines;
import be.wallonie.parcours.api.idempotency.Idempotency;
import be.wallonie.parcours.api.problem.Messages;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.AttendanceEntry;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.attendance.AttendanceRefusedException;
import be.wallonie.parcours.domain.attendance.AttendanceRepository;
import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;

/**
 * An operator's attendance files (docs/api-guide-operators.md): the import and the export, both streamed.
 * <p>
 * The import is set-based (docs/adr/0018-attendance-running-totals.md): each line is checked for form by
 * {@link AttendanceCsvReader} as the body streams in, and the lines read are {@code COPY}ed into a staging table as
 * they come ({@link PanacheAttendanceImports}); the rules that need the database are then checked over every line at
 * once, and the lines accepted recorded by one statement, in the request's transaction. Memory stays flat in the file's
 * size: only the errors to report are kept.
 * <p>
 * Import modes: {@code allOrNothing} (the default) records nothing when a line is in error (422 with every line's
 * errors); {@code acceptValid} records the valid lines and reports the others (200). A line whose {@code reference}
 * the operator already imported is skipped as a duplicate (the references are kept in {@code attendance_annotation},
 * unique per operator). The whole file is idempotent under its {@code Idempotency-Key}: sent again with the same key,
 * its report is answered again and nothing is recorded. The files whose last axis the import completed move to
 * {@code COMPLETED}, as after a single posting, and the stored deadlines of every file touched are refreshed.
 */
@ApplicationScoped
@Transactional
public class AttendanceImportService {

    static final String IMPORT = "POST /operators/{code}/attendanceImports";
    /** The export's endpoint, {@code GET /operators/{code}/attendance.csv}, as the audit trail's templates allow it (letters only). */
    static final String EXPORT = "GET /operators/{code}/attendance";
    static final String ALL_OR_NOTHING = "allOrNothing";
    static final String ACCEPT_VALID = "acceptValid";
    /** Lines written between two flushes of an export. */
    static final int EXPORT_FLUSH_EVERY = 500;

    private static final Logger LOG = Logger.getLogger(AttendanceImportService.class);

    private final OperatorLedger operatorLedger;
    private final PanacheAttendanceImports imports;
    private final PanacheAttendanceAnnotations annotations;
    private final AttendanceRepository entries;
    private final ConventionRepository conventions;
    private final StoredDeadlines storedDeadlines;
    private final Idempotency idempotency;
    private final Audit audit;
    private final AttendanceImportMetrics metrics;

    AttendanceImportService(OperatorLedger operatorLedger, PanacheAttendanceImports imports,
            PanacheAttendanceAnnotations annotations, AttendanceRepository entries, ConventionRepository conventions,
            StoredDeadlines storedDeadlines, Idempotency idempotency, Audit audit, AttendanceImportMetrics metrics) {
        this.operatorLedger = operatorLedger;
        this.imports = imports;
        this.annotations = annotations;
        this.entries = entries;
        this.conventions = conventions;
        this.storedDeadlines = storedDeadlines;
        this.idempotency = idempotency;
        this.audit = audit;
        this.metrics = metrics;
    }

    /** Imports an operator's file, once per Idempotency-Key; the errors' messages in {@code locale}. */
    public Response importFile(String code, String mode, String idempotencyKey, InputStream body, Locale locale) {
        String key = Idempotency.requireKey(idempotencyKey);
        String operatorCode = operatorLedger.requireOwnOperator(code);
        boolean acceptValid = acceptValid(mode);
        String target = "POST /operators/" + operatorCode + "/attendanceImports?mode="
                + (acceptValid ? ACCEPT_VALID : ALL_OR_NOTHING);
        MessageDigest digest = Idempotency.digestOf(target);
        var claim = idempotency.claim(operatorCode, key, IMPORT);
        if (!claim.isNew()) {
            drain(new DigestInputStream(body, digest));
            return idempotency.replay(claim, Idempotency.hex(digest));
        }
        ImportReport report;
        try (AttendanceCsvReader reader = AttendanceCsvReader.open(new DigestInputStream(body, digest))) {
            report = run(reader, operatorCode, acceptValid, locale);
        } catch (CsvFileRefusedException refused) {
            metrics.refused();
            throw refused;
        }
        metrics.imported(report, acceptValid);
        if (!acceptValid && report.rejected() > 0) {
            throw new ImportRejectedException(report);
        }
        return idempotency.complete(claim, Idempotency.hex(digest), Response.Status.OK, report);
    }

    private ImportReport run(AttendanceCsvReader reader, String operatorCode, boolean acceptValid, Locale locale) {
        FormChecked read = new FormChecked(locale);
        long start = System.nanoTime();
        imports.stage(read.validLinesOf(reader));
        long staged = System.nanoTime();
        imports.check(operatorCode, operatorLedger.today(), operatorLedger.ledger().maxHoursPerDay());
        long checked = System.nanoTime();
        List<ImportReport.LineError> ruleErrors = new ArrayList<>();
        imports.refusals(refusal -> ruleErrors.add(refusalError(locale, refusal)));
        long duplicates = imports.duplicates();
        long rejected = read.refused + ruleErrors.size();
        long recorded = acceptValid || rejected == 0 ? record(operatorCode) : 0;
        LOG.infof("Import by operator %s: %d lines read, %d recorded, %d duplicates, %d rejected; read and staged in"
                + " %d ms, checked in %d ms, recorded in %d ms", operatorCode, read.linesRead, recorded, duplicates,
                rejected, (staged - start) / 1_000_000, (checked - staged) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        return new ImportReport(read.linesRead, recorded, duplicates, rejected, merged(read.errors, ruleErrors));
    }

    /**
     * The lines of the file read for form, as it streams: lets the lines read through, and keeps the errors of the
     * others (in the file's order) and the counts.
     */
    private static final class FormChecked {

        private final Locale locale;
        private final List<ImportReport.LineError> errors = new ArrayList<>();
        private long linesRead;
        private long refused;

        FormChecked(Locale locale) {
            this.locale = locale;
        }

        /** The valid lines of {@code reader}, read as they are consumed. */
        Iterator<CsvLineResult> validLinesOf(AttendanceCsvReader reader) {
            Iterable<CsvLineResult> lines = () -> reader;
            return StreamSupport.stream(lines.spliterator(), false).filter(this::isValid).iterator();
        }

        private boolean isValid(CsvLineResult result) {
            linesRead++;
            if (!result.isValid()) {
                refused++;
                result.errors().forEach(error -> errors.add(error(locale, result.lineNumber(), error.field(),
                        error.messageKey())));
            }
            return result.isValid();
        }
    }

    /**
     * Records the lines accepted, then completes the files whose every axis is now done (as a single posting does),
     * audits each person, and refreshes the stored deadlines of every file touched.
     */
    private long record(String operatorCode) {
        String by = operatorLedger.username();
        Instant at = operatorLedger.now();
        PanacheAttendanceImports.Recorded recorded = imports.record(operatorCode, by, at);
        if (recorded.lines() == 0) {
            return 0;
        }
        AttendanceLedger ledger = operatorLedger.ledger();
        Map<UUID, Attendance> attendance = ledger.attendanceOfFiles(recorded.caseFileIds());
        for (Convention convention : conventions.findByCaseFiles(recorded.caseFileIds())) {
            Attendance ofFile = attendance.get(convention.caseFile().id());
            if (ofFile.parcoursDoneOn(convention).isPresent()) {
                ledger.completeParcoursIfDone(convention, ofFile, by, at);
            }
        }
        recorded.personIds().forEach(person -> audit.record(IMPORT, AuditAction.CREATE, person));
        storedDeadlines.refresh(recorded.caseFileIds());
        return recorded.lines();
    }

    private static ImportReport.LineError refusalError(Locale locale, PanacheAttendanceImports.LineRefusal refusal) {
        if (refusal.outcome().equals(PanacheAttendanceImports.UNKNOWN_ENROLMENT)) {
            // never says whether the enrolment exists with another operator
            return error(locale, refusal.line(), AttendanceCsvReader.ENROLMENT_ID, "csv.enrolment-id.unknown");
        }
        AttendanceRefusedException.Reason reason = AttendanceRefusedException.Reason.valueOf(refusal.outcome());
        return error(locale, refusal.line(), fieldOf(reason), lineRefusalKey(reason));
    }

    /** The errors of both lists, each in the file's order, merged in the file's order (a stable merge). */
    private static List<ImportReport.LineError> merged(List<ImportReport.LineError> first,
            List<ImportReport.LineError> second) {
        List<ImportReport.LineError> all = new ArrayList<>(first.size() + second.size());
        int i = 0;
        int j = 0;
        while (i < first.size() || j < second.size()) {
            if (j == second.size() || (i < first.size() && first.get(i).line() <= second.get(j).line())) {
                all.add(first.get(i++));
            } else {
                all.add(second.get(j++));
            }
        }
        return List.copyOf(all);
    }

    private static ImportReport.LineError error(Locale locale, long number, String field, String messageKey) {
        return new ImportReport.LineError(number, field == null ? "" : field,
                Messages.get(locale, messageKey, AttendanceCsvReader.MAX_REFERENCE_LENGTH));
    }

    /**
     * The message of a line the ledger's rules refuse: {@code csv.refused.<reason>}, the rule without the facts of a
     * single posting (the line itself holds them).
     */
    public static String lineRefusalKey(AttendanceRefusedException.Reason reason) {
        return "csv.refused." + reason.name();
    }

    /** The column a refusal of the ledger is about. */
    static String fieldOf(AttendanceRefusedException.Reason reason) {
        return switch (reason) {
            case BEFORE_ENROLMENT_START, AFTER_ENROLMENT_END, SESSION_IN_FUTURE -> AttendanceCsvReader.SESSION_DATE;
            case DAILY_MAXIMUM_EXCEEDED, NET_HOURS_OUT_OF_RANGE -> AttendanceCsvReader.HOURS;
            case NOT_THE_ENROLMENT_OPERATOR, OTHER_ENROLMENT, OTHER_CASE_FILE -> AttendanceCsvReader.ENROLMENT_ID;
            default -> "";
        };
    }

    /**
     * Checks the export's operator and period, and audits the export ({@code EXPORT}) of each person whose entries it
     * holds; answers the period.
     */
    public Period exportAudited(String code, String from, String to) {
        String operatorCode = operatorLedger.requireOwnOperator(code);
        RequestIssues issues = new RequestIssues();
        LocalDate given = day(to, "to", issues);
        LocalDate last = given == null ? operatorLedger.today() : given;
        LocalDate start = day(from, "from", issues);
        LocalDate first = start == null ? last.withDayOfMonth(1) : start;
        if (first.isAfter(last)) {
            issues.add("from", "attendance.from-after-to");
        }
        issues.throwIfAny();
        entries.personsRecordedBy(operatorCode, first, last)
                .forEach(person -> audit.record(EXPORT, AuditAction.EXPORT, person));
        return new Period(operatorCode, first, last);
    }

    /** An export's operator and days. */
    public record Period(String operatorCode, LocalDate from, LocalDate to) {

        public String fileName() {
            return "attendance-" + operatorCode + "-" + from + "-" + to + ".csv";
        }
    }

    /** Writes the export of a period checked by {@link #exportAudited}, as the entries stream from the database. */
    public void writeExport(Period period, OutputStream out) {
        try (Stream<PanacheAttendanceAnnotations.AnnotatedEntry> rows = annotations.streamByOperator(
                period.operatorCode(), period.from(), period.to());
                AttendanceCsvWriter writer = AttendanceCsvWriter.open(out)) {
            long written = 0;
            for (var iterator = rows.iterator(); iterator.hasNext();) {
                var row = iterator.next();
                AttendanceEntry entry = row.entry();
                AttendanceAnnotation annotation = row.annotation();
                writer.write(entry, annotation == null ? null : annotation.reference().orElse(null),
                        annotation == null ? null : annotation.note().orElse(null));
                if (++written % EXPORT_FLUSH_EVERY == 0) {
                    writer.flush();
                }
            }
        }
    }

    private static LocalDate day(String text, String field, RequestIssues issues) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            issues.add(field, "issue.date");
            return null;
        }
    }

    private static boolean acceptValid(String mode) {
        if (mode == null || mode.isBlank() || mode.strip().equals(ALL_OR_NOTHING)) {
            return false;
        }
        if (mode.strip().equals(ACCEPT_VALID)) {
            return true;
        }
        RequestIssues issues = new RequestIssues();
        issues.add("mode", "attendance.import-mode");
        issues.throwIfAny();
        return false;
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            while (in.read(buffer) >= 0) {
                // the digest reads the bytes
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
