package be.wallonie.parcours.api.reception;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.casefile.CaseFiles;
import be.wallonie.parcours.api.convention.ConventionService;
import be.wallonie.parcours.api.problem.MissingStep;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.reception.FrenchTest;
import be.wallonie.parcours.domain.reception.Need;
import be.wallonie.parcours.domain.reception.NeedDomain;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.ReceptionRepository;
import be.wallonie.parcours.domain.reception.RightsAndDutiesSession;
import be.wallonie.parcours.domain.reception.SocialReview;

/**
 * The reception module of the caller's CRI's case files: started once, then its three parts recorded (and recorded
 * again before the convention is signed). A proposed convention follows what the parts now call for.
 */
@ApplicationScoped
@Transactional
public class ReceptionService {

    static final String START = "POST /caseFiles/{id}/reception";
    static final String READ = "GET /caseFiles/{id}/reception";
    static final String SOCIAL_REVIEW = "PUT /caseFiles/{id}/reception/socialReview";
    static final String SESSION = "PUT /caseFiles/{id}/reception/rightsAndDutiesSession";
    static final String FRENCH_TEST = "PUT /caseFiles/{id}/reception/frenchTest";

    private final CaseFiles caseFiles;
    private final ReceptionRepository receptions;
    private final ConventionService conventions;

    ReceptionService(CaseFiles caseFiles, ReceptionRepository receptions, ConventionService conventions) {
        this.caseFiles = caseFiles;
        this.receptions = receptions;
        this.conventions = conventions;
    }

    /** The reception module and the case file's version (the ETag). */
    public record View(ReceptionResponse reception, long version) {
    }

    /** Starts the reception module: the file moves from OPENED to RECEPTION. */
    public View start(UUID caseFileId, String ifMatch) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, START);
        ReceptionModule module = ReceptionModule.startFor(file, caseFiles.username(), caseFiles.now());
        receptions.add(module);
        return saved(file, module);
    }

    public View get(UUID caseFileId) {
        CaseFile file = caseFiles.read(caseFileId, READ);
        ReceptionModule module = receptions.findByCaseFile(file.id()).orElseThrow(ProblemException::notFound);
        return new View(ReceptionResponse.of(module), file.version());
    }

    public View recordSocialReview(UUID caseFileId, String ifMatch, ReceptionRequests.SocialReview request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, SOCIAL_REVIEW);
        ReceptionModule module = moduleOf(file);
        RequestIssues issues = new RequestIssues();
        issues.notInFuture(request.conductedOn(), caseFiles.today(), "conductedOn");
        issues.throwIfAny();
        module.recordSocialReview(new SocialReview(request.conductedOn(), needs(request.needs()), request.notes(),
                request.recommendsSocioProfessionalOrientation()), caseFiles.username(), caseFiles.now());
        conventions.followReception(file, module);
        return saved(file, module);
    }

    public View recordSession(UUID caseFileId, String ifMatch, ReceptionRequests.Session request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, SESSION);
        ReceptionModule module = moduleOf(file);
        RequestIssues issues = new RequestIssues();
        issues.notInFuture(request.heldOn(), caseFiles.today(), "heldOn");
        issues.throwIfAny();
        module.recordRightsAndDutiesSession(
                new RightsAndDutiesSession(request.heldOn(), request.format(), request.interpreterLanguage()),
                caseFiles.username(), caseFiles.now());
        return saved(file, module);
    }

    /** Records the French test's level, or why no test is needed (one or the other). */
    public View recordFrenchTest(UUID caseFileId, String ifMatch, ReceptionRequests.FrenchTest request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, FRENCH_TEST);
        ReceptionModule module = moduleOf(file);
        RequestIssues issues = new RequestIssues();
        if (request.waiver() != null) {
            if (request.takenOn() != null || request.level() != null) {
                issues.add("waiver", "issue.waiver-or-test");
            }
            issues.throwIfAny();
            module.waiveFrenchTest(request.waiver(), caseFiles.username(), caseFiles.now());
        } else {
            issues.required(request.takenOn(), "takenOn");
            issues.required(request.level(), "level");
            issues.notInFuture(request.takenOn(), caseFiles.today(), "takenOn");
            issues.throwIfAny();
            module.recordFrenchTest(new FrenchTest(request.takenOn(), request.level()), caseFiles.username(),
                    caseFiles.now());
        }
        conventions.followReception(file, module);
        return saved(file, module);
    }

    /** The file's reception module, to be changed: before it started, the step is refused (409). */
    private ReceptionModule moduleOf(CaseFile file) {
        return receptions.findByCaseFile(file.id()).orElseThrow(MissingStep.RECEPTION_NOT_STARTED::refusal);
    }

    private View saved(CaseFile file, ReceptionModule module) {
        return new View(ReceptionResponse.of(module), caseFiles.flush(file));
    }

    private static Map<NeedDomain, Need> needs(Map<NeedDomain, ReceptionRequests.Need> requested) {
        if (requested == null) {
            return null;
        }
        Map<NeedDomain, Need> needs = new EnumMap<>(NeedDomain.class);
        requested.forEach((domain, need) -> {
            if (need != null && need.level() != null) {
                needs.put(domain, new Need(need.level(), need.notes()));
            }
        });
        return needs;
    }
}
