package be.wallonie.parcours.api.person;

import java.time.LocalDate;
import java.util.List;
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
import be.wallonie.parcours.domain.obligation.ObligationCode;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.RuleSetVersion;
import be.wallonie.parcours.domain.person.DispenseFacts;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonRepository;

/**
 * A CRI supervisor relieves a person of the obligation on evidence: the decision is stored as the person's latest
 * assessment (the history keeps the rules' verdicts before it), and the person's current case file follows it: the
 * person becomes a volunteer, without a deadline. A supervisor also decides the dispenses to confirm, which the rules
 * propose on facts declared at the desk (docs/adr/0030): confirmed on evidence, or rejected with a reason.
 */
@ApplicationScoped
@Transactional
public class DispenseService {

    static final String RECORD = "POST /persons/{id}/dispenses";
    static final String CONFIRM = "POST /persons/{id}/dispenses/{dispenseId}/confirmation";
    static final String REJECT = "POST /persons/{id}/dispenses/{dispenseId}/rejection";

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

    /**
     * Confirms a dispense to confirm on evidence: the person is dispensed on the proposed provision.
     *
     * @throws ProblemException 404 when the person is not the CRI's or the dispense not the person's; 409 when there
     *                          is nothing to confirm
     */
    public AssessmentResponse confirm(UUID personId, UUID dispenseId, DispenseConfirmationRequest request) {
        String cri = caseFiles.criCode();
        persons.findById(personId, cri).orElseThrow(ProblemException::notFound);
        LocalDate today = caseFiles.today();
        LocalDate decisionDate = request.decisionDate() == null ? today : request.decisionDate();
        RequestIssues issues = new RequestIssues();
        issues.notInFuture(decisionDate, today, "decisionDate");
        issues.notInFuture(request.documentDate(), today, "documentDate");
        issues.throwIfAny();
        DispenseEvidence evidence = new DispenseEvidence(request.documentType(), request.documentDate(),
                request.issuer(), decisionDate);
        List<ObligationAssessment> history = assessments.historyOf(personId);
        ObligationAssessment confirmation = dispenseOf(personId, dispenseId, history).confirm(history, evidence,
                request.explanation(), caseFiles.username(), caseFiles.now());
        return decided(confirmation, CONFIRM);
    }

    /**
     * Rejects a dispense to confirm: the person is obliged, with the deadline that ran meanwhile, and the facts
     * declared for the dispense are cleared from the person's record (a later assessment does not propose it again):
     * the declared dispense facts, and the periods of work when the dispense proposed was D4.
     *
     * @throws ProblemException as {@link #confirm}
     */
    public AssessmentResponse reject(UUID personId, UUID dispenseId, DispenseRejectionRequest request) {
        Person person = persons.findById(personId, caseFiles.criCode()).orElseThrow(ProblemException::notFound);
        LocalDate today = caseFiles.today();
        LocalDate decisionDate = request.decisionDate() == null ? today : request.decisionDate();
        RequestIssues issues = new RequestIssues();
        issues.notInFuture(decisionDate, today, "decisionDate");
        issues.throwIfAny();
        List<ObligationAssessment> history = assessments.historyOf(personId);
        ObligationAssessment proposed = dispenseOf(personId, dispenseId, history);
        ObligationAssessment rejection = proposed.reject(history, request.reason(), decisionDate,
                caseFiles.username(), caseFiles.now());
        person.updateDispenseFacts(DispenseFacts.NONE);
        if (proposed.code().filter(ObligationCode.D4::equals).isPresent()) {
            person.replaceEmployment(List.of());
        }
        return decided(rejection, REJECT);
    }

    private static ObligationAssessment dispenseOf(UUID personId, UUID dispenseId,
            List<ObligationAssessment> history) {
        return history.stream()
                .filter(assessment -> assessment.id().equals(dispenseId))
                .findFirst()
                .orElseThrow(ProblemException::notFound);
    }

    private AssessmentResponse decided(ObligationAssessment decision, String endpoint) {
        assessments.add(decision);
        audit.record(endpoint, AuditAction.ASSESS, decision.personId());
        caseFiles.applyToCurrentFile(decision);
        persons.flush();
        LOG.infof("Dispense %s of person %s decided: %s", decision.decides().orElseThrow(), decision.personId(),
                decision.kind());
        return AssessmentResponse.of(decision);
    }
}
