package be.wallonie.parcours.api.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.audit.Audit;
import be.wallonie.parcours.api.obligation.CommunesOfResidence;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.api.shared.Versions;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.casefile.PersonAtTransfer;
import be.wallonie.parcours.domain.deadline.AllowedActions;
import be.wallonie.parcours.domain.deadline.CaseFileDeadlines;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonRepository;
import be.wallonie.parcours.domain.shared.CommuneOfResidence;

/**
 * The one way in to a case file for the services of the case workflow: it finds the file among the caller's CRI's
 * (another CRI's file is not found: 404), checks the client's {@code If-Match} before a change, and audits the access
 * to the person's data. The case file is the unit of consistency: every change to it or to its parts (reception,
 * convention, enrolments, interviews) raises its version, which is the {@code ETag} of all of them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseFiles {

    private final CaseFileRepository files;
    private final PersonRepository persons;
    private final CommunesOfResidence communes;
    private final ComputedDeadlines computed;
    private final StoredDeadlines stored;
    private final Audit audit;
    private final CurrentUser user;
    private final Clock clock;

    CaseFiles(CaseFileRepository files, PersonRepository persons, CommunesOfResidence communes,
            ComputedDeadlines computed, StoredDeadlines stored, Audit audit, CurrentUser user, Clock clock) {
        this.files = files;
        this.persons = persons;
        this.communes = communes;
        this.computed = computed;
        this.stored = stored;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** The caller's CRI; a caller without one sees no case file. */
    public String criCode() {
        String cri = user.tenant().criCode();
        if (cri == null) {
            throw ProblemException.notFound();
        }
        return cri;
    }

    /** The file, read through {@code endpoint} (audited). */
    public CaseFile read(UUID id, String endpoint) {
        CaseFile file = files.findById(id, criCode()).orElseThrow(ProblemException::notFound);
        audit.record(endpoint, AuditAction.READ, file.personId());
        return file;
    }

    /**
     * The file, to be changed through {@code endpoint}: the client's {@code If-Match} must be its current version (428
     * without it, 412 when stale). The change raises the version even when only a part of the file changes.
     */
    public CaseFile change(UUID id, String ifMatch, String endpoint) {
        long expected = Versions.expected(ifMatch);
        CaseFile file = files.findById(id, criCode()).orElseThrow(ProblemException::notFound);
        Versions.require(expected, file.version());
        // raises the version now, in the database, unless another transaction changed the file meanwhile (412)
        files.lockForChange(file);
        audit.record(endpoint, AuditAction.UPDATE, file.personId());
        return file;
    }

    /**
     * Writes the change now, so that its version (the new ETag) is known and a conflict surfaces as 412 here, and
     * stores the file's deadlines as they now are.
     */
    public long flush(CaseFile file) {
        files.flush();
        stored.refresh(file);
        return file.version();
    }

    /** {@link #flush} the change, and the whole view of the file as it now is (its deadlines computed once). */
    public CaseFileResponse flushAndView(CaseFile file) {
        files.flush();
        return view(file, stored.refresh(file));
    }

    /**
     * A new assessment of the person applies to the person's file at the caller's CRI that is followed up or completed
     * (its participation and deadline follow). An assessment that puts the person out of scope leaves the file as it
     * is, for staff to close it.
     */
    public void applyToCurrentFile(ObligationAssessment assessment) {
        if (assessment.criCode().isEmpty()) {
            return;
        }
        String cri = criCode();
        files.filesOf(assessment.personId()).stream()
                .filter(file -> file.criCode().equals(cri) && file.isCurrent() && !file.state().isTerminal())
                .findFirst()
                .ifPresent(file -> {
                    files.lockForChange(file);
                    file.applyAssessment(assessment, user.username(), clock.instant());
                    stored.refresh(file);
                });
    }

    /** The deadlines and the axes' progress, computed from what the file records today. */
    public CaseFileDeadlines deadlinesOf(CaseFile file) {
        return computed.of(file);
    }

    /** The deadlines of several files, each part read for all of them in one query. */
    public Map<UUID, CaseFileDeadlines> deadlinesOf(List<CaseFile> files) {
        return computed.of(files);
    }

    /** The whole view of the file, as of today. */
    public CaseFileResponse view(CaseFile file) {
        return view(file, deadlinesOf(file));
    }

    /**
     * A transferred file shows the person as its CRI held them at the transfer (ADR 0031): the person now belongs to
     * the new CRI, and nothing recorded there reaches the former one. Any other file shows the person as now.
     */
    private CaseFileResponse view(CaseFile file, CaseFileDeadlines deadlines) {
        AllowedActions actions = CallerActions.of(user.tenant().role(), deadlines.allowedActions(today()));
        return file.personAtTransfer()
                .map(held -> CaseFileResponse.of(file, held, deadlines, actions, today()))
                .orElseGet(() -> {
                    Person person = persons.findAnyById(file.personId()).orElseThrow();
                    return CaseFileResponse.of(file, person, deadlines, actions, residenceCriOf(person), today());
                });
    }

    /** The person as the file's CRI holds them now, to be kept on the file it transfers. */
    public PersonAtTransfer heldAtTransfer(CaseFile file) {
        Person person = persons.findAnyById(file.personId()).orElseThrow();
        return PersonAtTransfer.of(person, residenceCriOf(person));
    }

    /** The CRI of the commune the person of the file lives in now: another one than the file's calls for a transfer. */
    public String residenceCriOf(CaseFile file) {
        return residenceCriOf(persons.findAnyById(file.personId()).orElseThrow());
    }

    private String residenceCriOf(Person person) {
        return communes.find(person.communeOfResidence()).map(CommuneOfResidence::criCode).orElse(null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String username() {
        return user.username();
    }

    public Instant now() {
        return clock.instant();
    }
}
