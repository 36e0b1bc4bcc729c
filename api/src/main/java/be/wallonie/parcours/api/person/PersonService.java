package be.wallonie.parcours.api.person;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import be.wallonie.parcours.api.audit.Audit;
import be.wallonie.parcours.api.audit.AuditEventResponse;
import be.wallonie.parcours.api.audit.DuplicateProbes;
import be.wallonie.parcours.api.casefile.CaseFiles;
import be.wallonie.parcours.api.obligation.CommunesOfResidence;
import be.wallonie.parcours.api.obligation.ObligationCheckService;
import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.api.shared.Versions;
import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.assessment.AssessmentRepository;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.audit.AuditRepository;
import be.wallonie.parcours.domain.obligation.ObligationFacts;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.person.DuplicateCandidates;
import be.wallonie.parcours.domain.person.DuplicateDetection;
import be.wallonie.parcours.domain.person.LikelyMatch;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonRepository;
import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * The persons of the caller's CRI: intake with duplicate detection and a first assessment, reads, updates that
 * re-assess when the facts change, searches, and the audit trail. Tenancy is in every query (a person the CRI does not
 * see is not found), and every read and write of a person's data is audited in the same transaction.
 */
@ApplicationScoped
@Transactional
public class PersonService {

    static final String INTAKE = "POST /persons";
    static final String READ = "GET /persons/{id}";
    static final String UPDATE = "PUT /persons/{id}";
    static final String ASSESSMENTS = "GET /persons/{id}/assessments";
    static final String QUERY = "POST /persons/query";
    static final String AUDIT_TRAIL = "GET /persons/{id}/auditTrail";

    private static final Logger LOG = Logger.getLogger(PersonService.class);

    private final PersonRepository persons;
    private final AssessmentRepository assessments;
    private final AuditRepository auditEvents;
    private final ObligationCheckService obligation;
    private final CommunesOfResidence communes;
    private final Audit audit;
    private final CurrentUser user;
    private final Clock clock;
    private final CaseFiles caseFiles;
    private final DuplicateProbes probes;

    PersonService(PersonRepository persons, AssessmentRepository assessments, AuditRepository auditEvents,
            ObligationCheckService obligation, CommunesOfResidence communes, Audit audit, CurrentUser user,
            Clock clock, CaseFiles caseFiles, DuplicateProbes probes) {
        this.persons = persons;
        this.assessments = assessments;
        this.auditEvents = auditEvents;
        this.obligation = obligation;
        this.communes = communes;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.caseFiles = caseFiles;
        this.probes = probes;
    }

    /** A person's record and its version (the ETag). */
    public record PersonView(PersonResponse person, long version) {
    }

    /**
     * Registers a newcomer and stores the rules' first assessment.
     *
     * @throws ProblemException 409 duplicate-person (the existing id only when the CRI sees that person), 409
     *                          likely-duplicate unless confirmed, 400 for invalid facts
     */
    public PersonView register(PersonRequest request) {
        String cri = criCode();
        PersonRequest.Details details = request.toDetails();
        CommuneOfResidence commune = resolve(details);
        probes.admit(INTAKE);
        DuplicateCandidates found = DuplicateDetection.check(details.identity(), null, persons);
        refuseDuplicate(found, cri, INTAKE);
        List<UUID> visible = found.likelyMatches().stream()
                .map(LikelyMatch::personId)
                .filter(id -> persons.findById(id, cri).isPresent())
                .toList();
        if (!visible.isEmpty() && !Boolean.TRUE.equals(request.confirmedNotDuplicate())) {
            throw ProblemException.likelyDuplicate(visible);
        }
        Person person = new Person(details.identity(), commune.nisCode(), cri, clock.instant());
        apply(person, details);
        persons.add(person);
        ObligationAssessment assessment = assess(person, INTAKE);
        audit.record(INTAKE, AuditAction.CREATE, person.id());
        persons.flush();
        LOG.infof("Person %s registered by CRI %s", person.id(), cri);
        return new PersonView(PersonResponse.of(person, assessment), person.version());
    }

    public PersonView person(UUID id) {
        Person person = find(id);
        audit.record(READ, AuditAction.READ, id);
        return new PersonView(PersonResponse.of(person, assessments.findLatest(id).orElse(null)), person.version());
    }

    /**
     * Replaces the person's record; re-assesses when the facts the rules read changed (the history keeps every
     * assessment).
     */
    public PersonView update(UUID id, long expectedVersion, PersonRequest request) {
        Person person = find(id);
        Versions.require(expectedVersion, person.version());
        PersonRequest.Details details = request.toDetails();
        CommuneOfResidence commune = resolve(details);
        probes.admit(UPDATE);
        refuseDuplicate(DuplicateDetection.check(details.identity(), id, persons), criCode(), UPDATE);
        ObligationFacts before = obligation.factsOf(person);
        person.replaceResidencePermits(List.of());
        person.correctIdentity(details.identity());
        person.moveTo(commune.nisCode());
        apply(person, details);
        audit.record(UPDATE, AuditAction.UPDATE, id);
        ObligationAssessment latest = obligation.factsOf(person).equals(before)
                ? assessments.findLatest(id).orElse(null)
                : assess(person, UPDATE);
        persons.flush();
        LOG.infof("Person %s updated", id);
        return new PersonView(PersonResponse.of(person, latest), person.version());
    }

    /** Every assessment of the person, the latest first. */
    public List<AssessmentResponse> assessments(UUID id) {
        find(id);
        audit.record(ASSESSMENTS, AuditAction.READ, id);
        return assessments.historyOf(id).stream().map(AssessmentResponse::of).toList();
    }

    /** The persons of the caller's CRI that meet the criteria; each one returned is audited. */
    public Page<PersonSummaryResponse> search(PersonQueryRequest query, Paging paging) {
        Page<Person> page = persons.search(query.toCriteria(), criCode(), paging);
        Map<UUID, ObligationStatus> statuses = assessments
                .latestStatuses(page.items().stream().map(Person::id).toList());
        return page.map(person -> {
            audit.record(QUERY, AuditAction.SEARCH, person.id());
            return new PersonSummaryResponse(person.id(), person.name().lastName(), person.name().firstNames(),
                    person.birthDate(), person.nationality().value(), person.communeOfResidence().value(),
                    statuses.get(person.id()));
        });
    }

    /** Who read or changed the person's data: an administrator for any person, a CRI for the persons it sees. */
    public Page<AuditEventResponse> auditTrail(UUID id, Paging paging) {
        boolean administrator = user.tenant().role() == Role.ADMINISTRATOR;
        if (administrator ? !persons.exists(id) : persons.findById(id, criCode()).isEmpty()) {
            throw ProblemException.notFound();
        }
        Page<AuditEventResponse> trail = auditEvents.trailOf(id, paging).map(AuditEventResponse::of);
        audit.record(AUDIT_TRAIL, AuditAction.READ, id);
        return trail;
    }

    private Person find(UUID id) {
        return persons.findById(id, criCode()).orElseThrow(ProblemException::notFound);
    }

    private String criCode() {
        String cri = user.tenant().criCode();
        if (cri == null) {
            throw ProblemException.notFound();
        }
        return cri;
    }

    private CommuneOfResidence resolve(PersonRequest.Details details) {
        return communes.find(details.commune())
                .orElseThrow(() -> ProblemException.invalid(new FieldIssue("communeNis", "issue.unknown-commune")));
    }

    private void refuseDuplicate(DuplicateCandidates found, String cri, String endpoint) {
        found.duplicateOf().ifPresent(existing -> {
            boolean seen = persons.findById(existing, cri).isPresent();
            if (!seen) {
                probes.probed(endpoint, existing); // another CRI's national number: recorded, throttled (ADR 0028)
            }
            throw ProblemException.duplicatePerson(seen ? existing : null);
        });
    }

    private static void apply(Person person, PersonRequest.Details details) {
        person.updateContact(details.contact());
        person.updateLanguages(details.preferredLanguage(), details.interpreterLanguage());
        person.recordCpasBeneficiary(details.cpasBeneficiary());
        person.updateDispenseFacts(details.dispenseFacts());
        person.replaceResidencePermits(details.permits());
        person.replaceEmployment(details.employment());
    }

    private ObligationAssessment assess(Person person, String endpoint) {
        ObligationAssessment assessment = obligation.assess(person, user.username());
        assessments.add(assessment);
        caseFiles.applyToCurrentFile(assessment);
        audit.record(endpoint, AuditAction.ASSESS, person.id());
        return assessment;
    }
}
