package be.wallonie.parcours.api.person;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import be.wallonie.parcours.api.audit.Audit;
import be.wallonie.parcours.api.casefile.CaseFiles;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.assessment.AssessmentRepository;
import be.wallonie.parcours.domain.assessment.DispenseEvidence;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.RuleSetVersion;
import be.wallonie.parcours.domain.person.PersonRepository;

/**
 * A CRI supervisor relieves a person of the obligation on evidence: the decision is stored as the person's latest
 * assessment (the history keeps the rules' verdicts before it), and the person's current case file follows it: the
 * person becomes a volunteer, without a deadline.
 */
@ApplicationScoped
@Transactional
public class DispenseService {

    static final String RECORD = "POST /persons/{id}/dispenses";

    private static final Logger LOG = Logger.getLogger(DispenseService.class);

    private final PersonRepository persons;
    private final AssessmentRepository assessments;
    private final CaseFiles caseFiles;
    private final ObligationSettings settings;
    private final Audit audit;

    DispenseService(PersonRepository persons, AssessmentRepository assessments, CaseFiles caseFiles,
            ObligationSettings settings, Audit audit) {
        this.persons = persons;
        this.assessments = assessments;
        this.caseFiles = caseFiles;
        this.settings = settings;
        this.audit = audit;
    }

    public AssessmentResponse record(UUID personId, DispenseRequest request) {
        String cri = caseFiles.criCode();
        persons.findById(personId, cri).orElseThrow(ProblemException::notFound);
        LocalDate today = caseFiles.today();
        LocalDate decisionDate = request.decisionDate() == null ? today : request.decisionDate();
        RequestIssues issues = new RequestIssues();
        issues.notInFuture(decisionDate, today, "decisionDate");
        issues.notInFuture(request.documentDate(), today, "documentDate");
        issues.required(request.dispense(), "dispense");
        issues.throwIfAny();
        DispenseEvidence evidence = new DispenseEvidence(request.documentType(), request.documentDate(),
                request.issuer(), decisionDate);
        ObligationAssessment dispense = ObligationAssessment.recordedDispense(personId, cri, request.dispense(),
                RuleSetVersion.applicableOn(decisionDate, settings), evidence, request.explanation(),
                caseFiles.username(), caseFiles.now());
        assessments.add(dispense);
        audit.record(RECORD, AuditAction.ASSESS, personId);
        caseFiles.applyToCurrentFile(dispense);
        LOG.infof("Dispense %s recorded for person %s", request.dispense(), personId);
        return AssessmentResponse.of(dispense);
    }
}
