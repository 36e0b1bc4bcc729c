package be.wallonie.parcours.api.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import org.hibernate.jpa.HibernateHints;

import be.wallonie.parcours.api.audit.Audit;
import be.wallonie.parcours.api.idempotency.Idempotency;
import be.wallonie.parcours.api.problem.Messages;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.attendance.AttendanceEntry;
import be.wallonie.parcours.domain.attendance.AttendanceRefusedException;
import be.wallonie.parcours.domain.attendance.Recording;
import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.shared.DomainException;
import be.wallonie.parcours.domain.shared.InvalidValueException;

/**
 * An operator's attendance files (docs/api-guide-operators.md): the import, read line by line as the body streams in,
 * each line checked for form by {@link AttendanceCsvReader} then recorded by the ledger, in one transaction; and the
 * export, written line by line as the entries stream from the database.
 * <p>
 * Import modes: {@code allOrNothing} (the default) records nothing when a line is in error (422 with every line's
 * errors); {@code acceptValid} records the valid lines and reports the others (200). A line whose {@code reference}
 * the operator already imported is skipped as a duplicate (the references are kept in {@code attendance_annotation},
 * unique per operator). The whole file is idempotent under its {@code Idempotency-Key}: sent again with the same key,
 * its report is answered again and nothing is recorded.
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

    private final OperatorLedger operatorLedger;
    private final Idempotency idempotency;
    private final Audit audit;
    private final EntityManager entityManager;

    AttendanceImportService(OperatorLedger operatorLedger, Idempotency idempotency, Audit audit,
            EntityManager entityManager) {
        this.operatorLedger = operatorLedger;
        this.idempotency = idempotency;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /**
     * Imports an operator's file, once per Idempotency-Key; the errors' messages in {@code locale}. One transaction
     * for the whole file, with its own timeout ({@code parcours.attendance.import.transaction-timeout}, seconds): the
     * largest file (50,000 lines) takes longer than the default 60 s (docs/benchmarks/attendance-import.md).
     */
    @TransactionConfiguration(timeout = 900, timeoutFromConfigProperty = "parcours.attendance.import.transaction-timeout")
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
            report = new Import(operatorCode, locale).run(reader);
        }
        if (!acceptValid && report.rejected() > 0) {
            throw new ImportRejectedException(report);
        }
        return idempotency.complete(claim, Idempotency.hex(digest), Response.Status.OK, report);
    }

    /** One import: the enrolments, case files and conventions it met, and what it did. */
    private final class Import {

        private final String operatorCode;
        private final Operator operator;
        private final Locale locale;
        private final Map<UUID, Optional<Enrolment>> enrolments = new HashMap<>();
        private final Map<UUID, Convention> conventions = new HashMap<>();
        private final Set<UUID> persons = new LinkedHashSet<>();
        private final List<ImportReport.LineError> errors = new ArrayList<>();
        private long linesRead;
        private long recorded;
        private long duplicates;
        private long rejected;

        Import(String operatorCode, Locale locale) {
            this.operatorCode = operatorCode;
            this.operator = operatorLedger.operator(operatorCode);
            this.locale = locale;
        }

        ImportReport run(AttendanceCsvReader reader) {
            while (reader.hasNext()) {
                CsvLineResult result = reader.next();
                linesRead++;
                if (!result.isValid()) {
                    result.errors().forEach(error -> error(result.lineNumber(), error.field(), error.messageKey()));
                    rejected++;
                } else {
                    record(result.lineNumber(), result.line());
                }
            }
            persons.forEach(person -> audit.record(IMPORT, AuditAction.CREATE, person));
            return new ImportReport(linesRead, recorded, duplicates, rejected, List.copyOf(errors));
        }

        private void record(long number, AttendanceCsvLine line) {
            String reference = line.reference();
            if (reference != null && operatorLedger.referenceKnown(operatorCode, reference)) {
                duplicates++;
                return;
            }
            Optional<Enrolment> enrolment = enrolments.computeIfAbsent(line.enrolmentId(),
                    id -> operatorLedger.lockEnrolment(id, operatorCode));
            if (enrolment.isEmpty()) {
                // never says whether the enrolment exists with another operator
                refuse(number, AttendanceCsvReader.ENROLMENT_ID, "csv.enrolment-id.unknown");
                return;
            }
            Enrolment found = enrolment.get();
            try {
                Convention convention = conventions.computeIfAbsent(found.caseFile().id(),
                        file -> operatorLedger.conventionOf(found.caseFile()));
                Recording recording = operatorLedger.ledger().recordSession(found, operator, convention,
                        line.sessionDate(), line.hours(), operatorLedger.username(), operatorLedger.now());
                operatorLedger.annotate(recording.entry(), reference, null);
                if (recording.parcoursDone()) {
                    operatorLedger.ledger().completeParcoursIfDone(convention, operatorLedger.username(),
                            operatorLedger.now());
                }
                persons.add(found.caseFile().personId());
                recorded++;
            } catch (AttendanceRefusedException refused) {
                refuse(number, fieldOf((AttendanceRefusedException.Reason) refused.reason()),
                        "refusal." + refused.code());
            } catch (DomainException refused) {
                refuse(number, "", "refusal." + refused.code());
            } catch (InvalidValueException invalid) {
                refuse(number, "", "csv.line.refused");
            }
        }

        private void refuse(long number, String field, String messageKey) {
            error(number, field, messageKey);
            rejected++;
        }

        private void error(long number, String field, String messageKey) {
            errors.add(new ImportReport.LineError(number, field == null ? "" : field,
                    Messages.get(locale, messageKey, AttendanceCsvReader.MAX_REFERENCE_LENGTH)));
        }
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
        entityManager.createQuery("""
                select distinct e.personId from AttendanceEntry e
                where e.operatorCode = :operator and e.sessionDate between :from and :to""", UUID.class)
                .setParameter("operator", operatorCode)
                .setParameter("from", first)
                .setParameter("to", last)
                .getResultList()
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
        try (Stream<Object[]> rows = entityManager.createQuery("""
                select e, a from AttendanceEntry e left join AttendanceAnnotation a on a.entryId = e.id
                where e.operatorCode = :operator and e.sessionDate between :from and :to
                order by e.sessionDate, e.recordedAt, e.id""", Object[].class)
                .setParameter("operator", period.operatorCode())
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FLUSH_EVERY)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
                AttendanceCsvWriter writer = AttendanceCsvWriter.open(out)) {
            long written = 0;
            for (var iterator = rows.iterator(); iterator.hasNext();) {
                Object[] row = iterator.next();
                AttendanceEntry entry = (AttendanceEntry) row[0];
                AttendanceAnnotation annotation = (AttendanceAnnotation) row[1];
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
