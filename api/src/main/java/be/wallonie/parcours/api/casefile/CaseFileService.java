package be.wallonie.parcours.api.casefile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import be.wallonie.parcours.api.audit.Audit;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.assessment.AssessmentRepository;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.deadline.CaseFileDeadlines;
import be.wallonie.parcours.domain.deadline.DeadlineScheduleRepository;
import be.wallonie.parcours.domain.deadline.EvaluationInterview;
import be.wallonie.parcours.domain.deadline.ListedCaseFile;
import be.wallonie.parcours.domain.deadline.EvaluationInterviewRepository;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonRepository;
import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/**
 * The case files of the caller's CRI: opening one for an assessed person, reading it with its deadlines and timeline,
 * the work queues, and the transitions a member of staff decides (suspension, resumption, closure, transfer), the
 * supervisor's extension of the deadline and the evaluation interviews. The state machine itself is the domain's: an
 * illegal transition answers 409.
 */
@ApplicationScoped
@Transactional
public class CaseFileService {

    static final String OPEN = "POST /caseFiles";
    static final String LIST = "GET /caseFiles";
    static final String READ = "GET /caseFiles/{id}";
    static final String EVENTS = "GET /caseFiles/{id}/events";
    static final String SUSPEND = "POST /caseFiles/{id}/suspensions";
    static final String RESUME = "POST /caseFiles/{id}/resumptions";
    static final String CLOSE = "POST /caseFiles/{id}/closure";
    static final String TRANSFER = "POST /caseFiles/{id}/transfers";
    static final String EXTEND = "POST /caseFiles/{id}/deadlineExtensions";
    static final String RECORD_INTERVIEW = "POST /caseFiles/{id}/evaluationInterviews";
    static final String INTERVIEWS = "GET /caseFiles/{id}/evaluationInterviews";
    static final String FILES_OF_PERSON = "GET /persons/{id}/caseFiles";

    private static final Logger LOG = Logger.getLogger(CaseFileService.class);

    private final CaseFiles caseFiles;
    private final CaseFileRepository files;
    private final PersonRepository persons;
    private final AssessmentRepository assessments;
    private final EvaluationInterviewRepository interviews;
    private final TerritoryRepository territory;
    private final DeadlineScheduleRepository schedules;
    private final StoredDeadlines storedDeadlines;
    private final Audit audit;
    private final TimelineSentences sentences;

    CaseFileService(CaseFiles caseFiles, CaseFileRepository files, PersonRepository persons,
            AssessmentRepository assessments, EvaluationInterviewRepository interviews, TerritoryRepository territory,
            DeadlineScheduleRepository schedules, StoredDeadlines storedDeadlines, Audit audit,
            TimelineSentences sentences) {
        this.caseFiles = caseFiles;
        this.files = files;
        this.persons = persons;
        this.assessments = assessments;
        this.interviews = interviews;
        this.territory = territory;
        this.schedules = schedules;
        this.storedDeadlines = storedDeadlines;
        this.audit = audit;
        this.sentences = sentences;
    }

    /** A case file and its version (the ETag). */
    public record View(CaseFileResponse caseFile, long version) {
    }

    /**
     * Opens the case file of a person of the caller's CRI, from the person's latest assessment: obliged or volunteer,
     * with the assessment's deadline.
     */
    public View open(CaseFileRequests.Open request) {
        String cri = caseFiles.criCode();
        RequestIssues issues = new RequestIssues();
        UUID personId = issues.required(request.personId(), "personId");
        LocalDate openedOn = request.openedOn() == null ? caseFiles.today() : request.openedOn();
        issues.notInFuture(openedOn, caseFiles.today(), "openedOn");
        issues.throwIfAny();
        Person person = persons.findById(personId, cri)
                .orElseThrow(() -> ProblemException.invalid(
                        new ProblemException.FieldIssue("personId", "issue.unknown-person")));
        ObligationAssessment assessment = assessments.findLatest(personId).orElseThrow();
        assessment.criCode()
                .filter(assessed -> !assessed.equals(cri)
                        && !assessed.equals(CommuneOfResidence.GERMAN_SPEAKING_COMMUNITY))
                .ifPresent(other -> {
                    throw ProblemException.refused("CASE_FILE.OTHER_TERRITORY", Map.of("cri", other));
                });
        CaseFile file = CaseFile.open(assessment, files.filesOf(person.id()), openedOn, caseFiles.username(),
                caseFiles.now());
        files.add(file);
        audit.record(OPEN, AuditAction.CREATE, person.id());
        CaseFileResponse opened = caseFiles.flushAndView(file);
        LOG.infof("Case file %s opened by CRI %s", file.id(), cri);
        return new View(opened, file.version());
    }

    public View get(UUID id) {
        files.readOnly();
        CaseFile file = caseFiles.read(id, READ);
        return new View(caseFiles.view(file), file.version());
    }

    /** Every file of a person that the caller's CRI holds, the current one first. */
    public List<CaseFileSummaryResponse> filesOf(UUID personId) {
        String cri = caseFiles.criCode();
        Person person = persons.findById(personId, cri).orElseThrow(ProblemException::notFound);
        audit.record(FILES_OF_PERSON, AuditAction.READ, personId);
        List<CaseFile> held = files.filesOf(personId).stream()
                .filter(file -> file.criCode().equals(cri))
                .sorted(Comparator.comparing((CaseFile file) -> !file.isCurrent())
                        .thenComparing(CaseFile::openedOn, Comparator.reverseOrder()))
                .toList();
        Map<UUID, CaseFileDeadlines> deadlines = caseFiles.deadlinesOf(held);
        LocalDate today = caseFiles.today();
        return held.stream()
                .map(file -> CaseFileSummaryResponse.of(listed(file, person, deadlines.get(file.id())), today))
                .toList();
    }

    /** A line of the person's files: a transferred one shows the person as held at the transfer. */
    private static ListedCaseFile listed(CaseFile file, Person person, CaseFileDeadlines deadlines) {
        return file.personAtTransfer()
                .map(held -> new ListedCaseFile(file.id(), file.personId(), held.lastName(), held.firstNames(),
                        held.birthDate(), file.state(), file.participation(), file.openedOn(), deadlines.schedule(),
                        null))
                .orElseGet(() -> new ListedCaseFile(file.id(), file.personId(), person.name().lastName(),
                        person.name().firstNames(), person.birthDate(), file.state(), file.participation(),
                        file.openedOn(), deadlines.schedule(), person.communeOfResidence().value()));
    }

    public List<CaseFileEventResponse> events(UUID id) {
        return caseFiles.read(id, EVENTS).events().stream()
                .map(event -> CaseFileEventResponse.of(event, sentences))
                .toList();
    }

    public View suspend(UUID id, String ifMatch, CaseFileRequests.Suspend request) {
        CaseFile file = caseFiles.change(id, ifMatch, SUSPEND);
        RequestIssues issues = new RequestIssues();
        String reason = issues.text(request.reason(), "reason");
        LocalDate on = day(request.on(), "on", issues);
        issues.throwIfAny();
        file.suspend(reason, on, caseFiles.username(), caseFiles.now());
        return saved(file);
    }

    public View resume(UUID id, String ifMatch, CaseFileRequests.Resume request) {
        CaseFile file = caseFiles.change(id, ifMatch, RESUME);
        RequestIssues issues = new RequestIssues();
        LocalDate on = day(request.on(), "on", issues);
        issues.throwIfAny();
        file.resume(on, caseFiles.username(), caseFiles.now());
        return saved(file);
    }

    public View close(UUID id, String ifMatch, CaseFileRequests.Close request) {
        CaseFile file = caseFiles.change(id, ifMatch, CLOSE);
        RequestIssues issues = new RequestIssues();
        issues.required(request.reason(), "reason");
        LocalDate on = day(request.on(), "on", issues);
        issues.throwIfAny();
        file.close(request.reason(), request.note(), on, caseFiles.username(), caseFiles.now());
        LOG.infof("Case file %s closed (%s)", id, request.reason());
        return saved(file);
    }

    /**
     * The person moved to the territory of another CRI: the file is frozen here and continues there. The answer is this
     * CRI's file, now TRANSFERRED; the new file belongs to the other CRI and is not readable from here. The person is
     * handed over (ADR 0031): this file keeps the person as held here today, and this CRI no longer sees the person.
     */
    public View transfer(UUID id, String ifMatch, CaseFileRequests.Transfer request) {
        CaseFile file = caseFiles.change(id, ifMatch, TRANSFER);
        RequestIssues issues = new RequestIssues();
        String reason = issues.text(request.reason(), "reason");
        LocalDate on = day(request.on(), "on", issues);
        String toCri = request.toCri() == null || request.toCri().isBlank()
                ? caseFiles.residenceCriOf(file)
                : request.toCri().strip().toUpperCase(Locale.ROOT);
        if (toCri == null || !toCri.equals(CommuneOfResidence.GERMAN_SPEAKING_COMMUNITY)
                && territory.findCri(toCri).isEmpty()) {
            issues.add("toCri", "issue.unknown-cri");
        }
        issues.throwIfAny();
        CaseFile successor = file.transferTo(toCri, caseFiles.heldAtTransfer(file), on, reason,
                caseFiles.username(), caseFiles.now());
        files.add(successor);
        View saved = saved(file);
        storedDeadlines.refresh(successor.id());
        LOG.infof("Case file %s transferred to CRI %s as %s", id, toCri, successor.id());
        return saved;
    }

    /** A supervisor extends the final deadline of an obliged person. */
    public View extendDeadline(UUID id, String ifMatch, CaseFileRequests.ExtendDeadline request) {
        CaseFile file = caseFiles.change(id, ifMatch, EXTEND);
        file.extendDeadline(request.newDeadline(), request.reason(), caseFiles.username(), caseFiles.now());
        return saved(file);
    }

    /** An interview recorded, and the file's new version. */
    public record RecordedInterview(EvaluationInterviewResponse interview, long version) {
    }

    public RecordedInterview recordInterview(UUID id, String ifMatch, CaseFileRequests.Interview request) {
        CaseFile file = caseFiles.change(id, ifMatch, RECORD_INTERVIEW);
        RequestIssues issues = new RequestIssues();
        LocalDate heldOn = issues.required(request.heldOn(), "heldOn");
        issues.notInFuture(heldOn, caseFiles.today(), "heldOn");
        issues.throwIfAny();
        EvaluationInterview interview = EvaluationInterview.record(file, heldOn, request.notes(),
                caseFiles.username(), caseFiles.now());
        interviews.add(interview);
        return new RecordedInterview(EvaluationInterviewResponse.of(interview), caseFiles.flush(file));
    }

    public List<EvaluationInterviewResponse> interviews(UUID id) {
        CaseFile file = caseFiles.read(id, INTERVIEWS);
        return interviews.findByCaseFile(file.id()).stream().map(EvaluationInterviewResponse::of).toList();
    }

    private View saved(CaseFile file) {
        CaseFileResponse view = caseFiles.flushAndView(file);
        return new View(view, file.version());
    }

    private LocalDate day(LocalDate given, String field, RequestIssues issues) {
        LocalDate day = given == null ? caseFiles.today() : given;
        issues.notInFuture(day, caseFiles.today(), field);
        return day;
    }
}
