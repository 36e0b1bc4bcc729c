package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemType;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.domain.attendance.AttendanceEntry;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

    private final EntityManager entityManager;
    private final ConventionRepository conventions;
    private final OperatorRepository operators;
    private final AttendanceLedger ledger;
    private final CurrentUser user;
    private final Clock clock;

    OperatorLedger(EntityManager entityManager, ConventionRepository conventions, OperatorRepository operators,
            AttendanceLedger ledger, CurrentUser user, Clock clock) {
        this.entityManager = entityManager;
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

    /** The enrolment with the operator, if it is one of the operator's. */
    public Optional<Enrolment> findEnrolment(UUID id, String operatorCode) {
        return entityManager.createQuery("from Enrolment e where e.id = :id and e.operatorCode = :operator",
                Enrolment.class)
                .setParameter("id", id)
                .setParameter("operator", operatorCode)
                .getResultStream()
                .findFirst();
    }

    /** The caller's operator's enrolment (404 when it is another's or unknown). */
    public Enrolment enrolment(UUID id) {
        return findEnrolment(id, operatorCode()).orElseThrow(ProblemException::notFound);
    }

    /**
     * The operator's enrolment, its case file locked for a recording ({@link #lockFile}).
     */
    public Optional<Enrolment> lockEnrolment(UUID id, String operatorCode) {
        Optional<UUID> file = caseFileOf(id, operatorCode);
        file.ifPresent(this::lockFile);
        return file.flatMap(found -> findEnrolment(id, operatorCode));
    }

    /** The case file of the operator's enrolment, without loading either. */
    public Optional<UUID> caseFileOf(UUID enrolmentId, String operatorCode) {
        return entityManager.createQuery(
                "select e.caseFile.id from Enrolment e where e.id = :id and e.operatorCode = :operator", UUID.class)
                .setParameter("id", enrolmentId)
                .setParameter("operator", operatorCode)
                .getResultStream()
                .findFirst();
    }

    /**
     * Locks a case file for a recording, as {@code CaseFiles.change} does but without If-Match: read {@code for update}
     * (a concurrent recording on the same file waits until this one commits, then reads the file as it left it) and
     * its version raised now, so that the daily maximum and the totals hold under concurrent postings. Once per file
     * and transaction.
     */
    public CaseFile lockFile(UUID caseFileId) {
        return entityManager.find(CaseFile.class, caseFileId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    public Convention conventionOf(CaseFile file) {
        return conventions.findByCaseFile(file.id())
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "convention.not-proposed"));
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
            entityManager.persist(new AttendanceAnnotation(entry.id(), entry.operatorCode(), reference, note));
        }
    }

    public Optional<AttendanceAnnotation> annotationOf(AttendanceEntry entry) {
        return Optional.ofNullable(entityManager.find(AttendanceAnnotation.class, entry.id()));
    }

    /** Whether the operator already imported a line with this reference. */
    public boolean referenceKnown(String operatorCode, String reference) {
        return !entityManager.createQuery("""
                select a.entryId from AttendanceAnnotation a
                where a.operatorCode = :operator and a.reference = :reference""", UUID.class)
                .setParameter("operator", operatorCode)
                .setParameter("reference", reference)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The entries with their annotations, in their order. */
    public List<AttendanceEntryResponse> responses(List<AttendanceEntry> entries) {
        Map<UUID, AttendanceAnnotation> annotations = annotations(entries.stream().map(AttendanceEntry::id).toList());
        return entries.stream().map(entry -> AttendanceEntryResponse.of(entry, annotations.get(entry.id()))).toList();
    }

    private Map<UUID, AttendanceAnnotation> annotations(Collection<UUID> entryIds) {
        Map<UUID, AttendanceAnnotation> annotations = new HashMap<>();
        if (entryIds.isEmpty()) {
            return annotations;
        }
        entityManager.createQuery("from AttendanceAnnotation a where a.entryId in :ids", AttendanceAnnotation.class)
                .setParameter("ids", entryIds)
                .getResultList()
                .forEach(annotation -> annotations.put(annotation.entryId(), annotation));
        return annotations;
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

    public EntityManager entityManager() {
        return entityManager;
    }
}
