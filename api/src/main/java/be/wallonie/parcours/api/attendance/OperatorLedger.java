package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.problem.MissingStep;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.domain.attendance.AttendanceEntry;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.attendance.AttendanceRepository;
import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.OperatorEnrolments;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The one way in to the ledger for the operators' services, as {@code CaseFiles} is for the CRI's: the trainer's
 * operator (a caller without one sees nothing: 404), its enrolments found with the operator's code in the query
 * (another operator's enrolment is not found: 404), the case file locked before a recording (so that the daily maximum
 * and the totals hold under concurrent postings), and the annotations (reference, note) kept beside the entries.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OperatorLedger {

    private final OperatorEnrolments enrolments;
    private final AttendanceRepository entries;
    private final PanacheAttendanceAnnotations annotations;
    private final ConventionRepository conventions;
    private final OperatorRepository operators;
    private final AttendanceLedger ledger;
    private final CurrentUser user;
    private final Clock clock;

    OperatorLedger(OperatorEnrolments enrolments, AttendanceRepository entries,
            PanacheAttendanceAnnotations annotations,
            ConventionRepository conventions, OperatorRepository operators, AttendanceLedger ledger, CurrentUser user,
            Clock clock) {
        this.enrolments = enrolments;
        this.entries = entries;
        this.annotations = annotations;
        this.conventions = conventions;
        this.operators = operators;
        this.ledger = ledger;
        this.user = user;
        this.clock = clock;
    }

    /** The caller's operator; a caller without one sees no enrolment. */
    public String operatorCode() {
        String operator = user.tenant().operatorCode();
        if (operator == null) {
            throw ProblemException.notFound();
        }
        return operator;
    }

    /** The operator {@code code} of a path, when it is the caller's (404 otherwise). */
    public String requireOwnOperator(String code) {
        String operator = operatorCode();
        if (code == null || !operator.equalsIgnoreCase(code.strip())) {
            throw ProblemException.notFound();
        }
        return operator;
    }

    public Operator operator(String code) {
        return operators.findByCode(code).orElseThrow(ProblemException::notFound);
    }

    /** The caller's operator's enrolment (404 when it is another's or unknown). */
    public Enrolment enrolment(UUID id) {
        return enrolments.find(id, operatorCode()).orElseThrow(ProblemException::notFound);
    }

    /**
     * The operator's enrolment, its case file locked for a recording (a concurrent recording on the same file waits
     * until this one commits), and its version raised.
     */
    public Optional<Enrolment> lockEnrolment(UUID id, String operatorCode) {
        return enrolments.lockForRecording(id, operatorCode);
    }

    public Convention conventionOf(CaseFile file) {
        return conventions.findByCaseFile(file.id())
                .orElseThrow(MissingStep.CONVENTION_NOT_PROPOSED::refusal);
    }

    /** Where the enrolment's axis stands now. */
    public AxisProgressResponse progressOf(Enrolment enrolment) {
        CaseFile file = enrolment.caseFile();
        Optional<Convention> convention = conventions.findByCaseFile(file.id());
        LocalDate requirementsOn = convention.map(Attendance::requirementsDayOf).orElse(enrolment.startDate());
        return AxisProgressResponse.of(ledger.attendanceOf(file).axis(enrolment.axis(), requirementsOn));
    }

    /** Keeps a session's reference and note, when it has either. */
    public void annotate(AttendanceEntry entry, String reference, String note) {
        if (reference != null || note != null) {
            annotations.add(new AttendanceAnnotation(entry.id(), entry.operatorCode(), reference, note));
        }
    }

    public Optional<AttendanceAnnotation> annotationOf(AttendanceEntry entry) {
        return annotations.findByEntry(entry.id());
    }

    /** The entries of every enrolment of a case file, with their annotations, by session date then recording time. */
    public List<AttendanceEntryResponse> entriesOf(CaseFile file) {
        return responses(entries.findByCaseFile(file.id()));
    }

    /** The entries with their annotations, in their order. */
    public List<AttendanceEntryResponse> responses(List<AttendanceEntry> entries) {
        Map<UUID, AttendanceAnnotation> found = annotations
                .findByEntries(entries.stream().map(AttendanceEntry::id).toList());
        return entries.stream().map(entry -> AttendanceEntryResponse.of(entry, found.get(entry.id()))).toList();
    }

    public AttendanceLedger ledger() {
        return ledger;
    }

    public String username() {
        return user.username();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AttendanceLedger.BRUSSELS);
    }
}
