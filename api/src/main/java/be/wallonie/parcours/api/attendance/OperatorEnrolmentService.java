package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.audit.Audit;
import be.wallonie.parcours.api.casefile.StoredDeadlines;
import be.wallonie.parcours.api.idempotency.Idempotency;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.shared.PageRequest;
import be.wallonie.parcours.api.shared.PageResponse;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.attendance.AttendanceEntry;
import be.wallonie.parcours.domain.attendance.AttendanceRepository;
import be.wallonie.parcours.domain.attendance.OperatorEnrolments;
import be.wallonie.parcours.domain.attendance.Recording;
import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentStatus;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

/**
 * The trainer's view of the operator's enrolments and the hours it posts (issue 5): only the enrolments with the
 * trainer's operator (another's answers 404), each with the person's name and birth date only (disclosed, audited
 * {@code DISCLOSE} per person). Postings carry an {@code Idempotency-Key} ({@link Idempotency}); a recording locks the
 * case file, and completes the parcours in the same transaction when it was the last hour required.
 */
@ApplicationScoped
@Transactional
public class OperatorEnrolmentService {

    static final String LIST = "GET /enrolments";
    static final String GET = "GET /enrolments/{id}";
    static final String ENTRIES = "GET /enrolments/{id}/attendance";
    static final String RECORD = "POST /enrolments/{id}/attendance";
    static final String CORRECT = "POST /enrolments/{id}/attendance/{entryId}/corrections";

    private final OperatorLedger operatorLedger;
    private final AttendanceRepository entries;
    private final Idempotency idempotency;
    private final Audit audit;
    private final OperatorEnrolments enrolments;
    private final StoredDeadlines storedDeadlines;

    OperatorEnrolmentService(OperatorLedger operatorLedger, AttendanceRepository entries, Idempotency idempotency,
            Audit audit, OperatorEnrolments enrolments, StoredDeadlines storedDeadlines) {
        this.operatorLedger = operatorLedger;
        this.entries = entries;
        this.idempotency = idempotency;
        this.audit = audit;
        this.enrolments = enrolments;
        this.storedDeadlines = storedDeadlines;
    }

    /** The operator's enrolments, the latest started first, optionally of one axis and one status. */
    public PageResponse<OperatorEnrolmentResponse> list(String axis, String status, PageRequest page) {
        String operator = operatorLedger.operatorCode();
        RequestIssues issues = new RequestIssues();
        Axis wantedAxis = parse(Axis.class, axis, "axis", issues);
        EnrolmentStatus wantedStatus = parse(EnrolmentStatus.class, status, "status", issues);
        issues.throwIfAny();
        Page<Enrolment> found = enrolments.list(operator, wantedAxis, wantedStatus,
                new Paging(page.page(), page.pageSize()));
        return new PageResponse<>(found.items().stream().map(enrolment -> view(enrolment, LIST)).toList(),
                page.page(), page.pageSize(), found.total());
    }

    public OperatorEnrolmentResponse get(UUID id) {
        return view(operatorLedger.enrolment(id), GET);
    }

    /** The entries of the enrolment, sessions and corrections, by session date then recording time. */
    public List<AttendanceEntryResponse> entries(UUID id) {
        Enrolment enrolment = operatorLedger.enrolment(id);
        audit.record(ENTRIES, AuditAction.DISCLOSE, enrolment.caseFile().personId());
        return operatorLedger.responses(entries.findByEnrolment(enrolment.id()));
    }

    /** Records the hours of a session, once per Idempotency-Key. */
    public Response record(UUID id, String idempotencyKey, AttendanceRequests.Session request) {
        String key = Idempotency.requireKey(idempotencyKey);
        String operator = operatorLedger.operatorCode();
        RequestIssues issues = new RequestIssues();
        issues.required(request.sessionDate(), "sessionDate");
        BigDecimal given = issues.required(request.hours(), "hours");
        // its length is bounded by the request (AttendanceRequests.Session)
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        issues.throwIfAny();
        Hours hours = hours(given, "hours");
        var claim = idempotency.claim(operator, key, RECORD);
        String hash = idempotency.hash("POST /enrolments/" + id + "/attendance", request);
        if (!claim.isNew()) {
            return idempotency.replay(claim, hash);
        }
        Enrolment enrolment = operatorLedger.lockEnrolment(id, operator).orElseThrow(ProblemException::notFound);
        Convention convention = operatorLedger.conventionOf(enrolment.caseFile());
        Recording recording = operatorLedger.ledger().recordSession(enrolment, operatorLedger.operator(operator),
                convention, request.sessionDate(), hours, operatorLedger.username(), operatorLedger.now());
        operatorLedger.annotate(recording.entry(), null, note);
        boolean completed = recording.parcoursDone() && operatorLedger.ledger().completeParcoursIfDone(convention,
                operatorLedger.username(), operatorLedger.now());
        storedDeadlines.refresh(enrolment.caseFile().id());
        audit.record(RECORD, AuditAction.CREATE, enrolment.caseFile().personId());
        var body = new RecordingResponse(AttendanceEntryResponse.of(recording.entry(),
                operatorLedger.annotationOf(recording.entry()).orElse(null)),
                AxisProgressResponse.of(recording.axis()), completed);
        return idempotency.complete(claim, hash, Response.Status.CREATED, body);
    }

    /** Corrects or reverses a session, with its reason, once per Idempotency-Key. */
    public Response correct(UUID id, UUID entryId, String idempotencyKey, AttendanceRequests.Correction request) {
        String key = Idempotency.requireKey(idempotencyKey);
        String operator = operatorLedger.operatorCode();
        RequestIssues issues = new RequestIssues();
        boolean reverse = Boolean.TRUE.equals(request.reverse());
        if (reverse == (request.newHours() != null)) {
            issues.add("newHours", "attendance.new-hours-or-reverse");
        }
        String reason = issues.text(request.reason(), "reason");
        issues.throwIfAny();
        BigDecimal newHours = request.newHours();
        if (newHours != null && newHours.signum() != 0) {
            hours(newHours, "newHours"); // quarter hours, at most 24
        } else if (newHours != null) {
            throw ProblemException.invalid(new ProblemException.FieldIssue("newHours", "attendance.zero-is-reverse"));
        }
        var claim = idempotency.claim(operator, key, CORRECT);
        String hash = idempotency.hash("POST /enrolments/" + id + "/attendance/" + entryId + "/corrections", request);
        if (!claim.isNew()) {
            return idempotency.replay(claim, hash);
        }
        Enrolment enrolment = operatorLedger.lockEnrolment(id, operator).orElseThrow(ProblemException::notFound);
        AttendanceEntry session = entries.findById(entryId)
                .filter(entry -> entry.enrolmentId().equals(enrolment.id()))
                .orElseThrow(ProblemException::notFound);
        Convention convention = operatorLedger.conventionOf(enrolment.caseFile());
        var ledger = operatorLedger.ledger();
        Recording recording = reverse
                ? ledger.reverse(enrolment, operatorLedger.operator(operator), convention, session, reason,
                        operatorLedger.username(), operatorLedger.now())
                : ledger.correct(enrolment, operatorLedger.operator(operator), convention, session,
                        new Hours(newHours), reason, operatorLedger.username(), operatorLedger.now());
        boolean completed = recording.parcoursDone() && ledger.completeParcoursIfDone(convention,
                operatorLedger.username(), operatorLedger.now());
        storedDeadlines.refresh(enrolment.caseFile().id());
        audit.record(CORRECT, AuditAction.CREATE, enrolment.caseFile().personId());
        var body = new RecordingResponse(AttendanceEntryResponse.of(recording.entry(), null),
                AxisProgressResponse.of(recording.axis()), completed);
        return idempotency.complete(claim, hash, Response.Status.CREATED, body);
    }

    private OperatorEnrolmentResponse view(Enrolment enrolment, String endpoint) {
        Person person = enrolments.personOf(enrolment);
        audit.record(endpoint, AuditAction.DISCLOSE, person.id());
        return OperatorEnrolmentResponse.of(enrolment, person, operatorLedger.progressOf(enrolment));
    }

    private static Hours hours(BigDecimal value, String field) {
        try {
            return new Hours(value);
        } catch (InvalidValueException e) {
            throw e.under(field);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, RequestIssues issues) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            issues.add(field, "issue.unknown-value");
            return null;
        }
    }
}
