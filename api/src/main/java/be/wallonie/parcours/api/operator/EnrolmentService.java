package be.wallonie.parcours.api.operator;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.casefile.CaseFiles;
import be.wallonie.parcours.api.problem.MissingStep;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentRepository;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorRepository;

/**
 * The enrolments of the caller's CRI's case files with training operators. The domain refuses an enrolment on an axis
 * the signed convention does not require or the operator is not recognised for (409). The first enrolment moves the
 * file to IN_PROGRESS.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    static final String ENROL = "POST /caseFiles/{id}/enrolments";
    static final String LIST = "GET /caseFiles/{id}/enrolments";
    static final String COMPLETE = "POST /caseFiles/{id}/enrolments/{enrolmentId}/completion";
    static final String WITHDRAW = "POST /caseFiles/{id}/enrolments/{enrolmentId}/withdrawal";

    private final CaseFiles caseFiles;
    private final EnrolmentRepository enrolments;
    private final OperatorRepository operators;
    private final ConventionRepository conventions;

    EnrolmentService(CaseFiles caseFiles, EnrolmentRepository enrolments, OperatorRepository operators,
            ConventionRepository conventions) {
        this.caseFiles = caseFiles;
        this.enrolments = enrolments;
        this.operators = operators;
        this.conventions = conventions;
    }

    /** An enrolment and the case file's version (the ETag). */
    public record View(EnrolmentResponse enrolment, long version) {
    }

    public View enrol(UUID caseFileId, String ifMatch, EnrolmentRequests.Enrol request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, ENROL);
        RequestIssues issues = new RequestIssues();
        String code = issues.text(request.operatorCode(), "operatorCode");
        issues.required(request.axis(), "axis");
        issues.required(request.startDate(), "startDate");
        issues.throwIfAny();
        Operator operator = operators.findByCode(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException
                        .invalid(new ProblemException.FieldIssue("operatorCode", "issue.unknown-operator")));
        Convention convention = conventions.findByCaseFile(file.id())
                .orElseThrow(MissingStep.CONVENTION_NOT_PROPOSED::refusal);
        Enrolment enrolment = Enrolment.enrol(convention, operator, request.axis(), request.startDate(),
                caseFiles.username(), caseFiles.now());
        enrolments.add(enrolment);
        return new View(EnrolmentResponse.of(enrolment, operator.name()), caseFiles.flush(file));
    }

    public List<EnrolmentResponse> list(UUID caseFileId) {
        CaseFile file = caseFiles.read(caseFileId, LIST);
        return enrolments.findByCaseFile(file.id()).stream().map(this::response).toList();
    }

    public View complete(UUID caseFileId, UUID enrolmentId, String ifMatch, EnrolmentRequests.Complete request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, COMPLETE);
        Enrolment enrolment = enrolmentOf(file, enrolmentId);
        enrolment.complete(day(request.on(), "on"), caseFiles.username(), caseFiles.now());
        return new View(response(enrolment), caseFiles.flush(file));
    }

    public View withdraw(UUID caseFileId, UUID enrolmentId, String ifMatch, EnrolmentRequests.Withdraw request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, WITHDRAW);
        Enrolment enrolment = enrolmentOf(file, enrolmentId);
        enrolment.withdraw(day(request.on(), "on"), request.reason(), caseFiles.username(), caseFiles.now());
        return new View(response(enrolment), caseFiles.flush(file));
    }

    private Enrolment enrolmentOf(CaseFile file, UUID enrolmentId) {
        return enrolments.findById(enrolmentId)
                .filter(enrolment -> enrolment.caseFile().id().equals(file.id()))
                .orElseThrow(ProblemException::notFound);
    }

    private LocalDate day(LocalDate given, String field) {
        RequestIssues issues = new RequestIssues();
        LocalDate day = given == null ? caseFiles.today() : given;
        issues.notInFuture(day, caseFiles.today(), field);
        issues.throwIfAny();
        return day;
    }

    private EnrolmentResponse response(Enrolment enrolment) {
        return EnrolmentResponse.of(enrolment,
                operators.findByCode(enrolment.operatorCode()).map(Operator::name).orElse(enrolment.operatorCode()));
    }
}
