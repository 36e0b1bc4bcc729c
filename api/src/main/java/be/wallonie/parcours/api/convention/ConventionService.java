package be.wallonie.parcours.api.convention;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.casefile.CaseFiles;
import be.wallonie.parcours.api.problem.MissingStep;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.shared.ReaderTexts;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionProposal;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import be.wallonie.parcours.domain.convention.ConventionStatus;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.ReceptionRepository;

/**
 * The conventions of the caller's CRI's case files: proposed from the reception module, signed, amended. While it is
 * only proposed, the convention follows the reception module: a part recorded again revises the proposal.
 */
@ApplicationScoped
@Transactional
public class ConventionService {

    static final String PROPOSE = "POST /caseFiles/{id}/convention";
    static final String READ = "GET /caseFiles/{id}/convention";
    static final String SIGN = "POST /caseFiles/{id}/convention/signature";
    static final String AMEND = "POST /caseFiles/{id}/convention/amendments";

    private final CaseFiles caseFiles;
    private final ConventionRepository conventions;
    private final ReceptionRepository receptions;
    private final ObligationSettings settings;
    private final ReaderTexts texts;

    ConventionService(CaseFiles caseFiles, ConventionRepository conventions, ReceptionRepository receptions,
            ObligationSettings settings, ReaderTexts texts) {
        this.caseFiles = caseFiles;
        this.conventions = conventions;
        this.receptions = receptions;
        this.settings = settings;
        this.texts = texts;
    }

    /** The convention and the case file's version (the ETag). */
    public record View(ConventionResponse convention, long version) {
    }

    /** Proposes the convention the reception module calls for; the file stays in RECEPTION until the signature. */
    public View propose(UUID caseFileId, String ifMatch, ConventionRequests.Propose request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, PROPOSE);
        if (conventions.findByCaseFile(file.id()).isPresent()) {
            throw ProblemException.refused("CONVENTION.ALREADY_PROPOSED");
        }
        RequestIssues issues = new RequestIssues();
        LocalDate on = request.proposedOn() == null ? caseFiles.today() : request.proposedOn();
        issues.notInFuture(on, caseFiles.today(), "proposedOn");
        issues.throwIfAny();
        ReceptionModule reception = receptions.findByCaseFile(file.id())
                .orElseThrow(MissingStep.RECEPTION_NOT_STARTED::refusal);
        Convention convention = Convention.propose(file, reception, on, caseFiles.username(), caseFiles.now());
        conventions.add(convention);
        return saved(file, convention);
    }

    public View get(UUID caseFileId) {
        CaseFile file = caseFiles.read(caseFileId, READ);
        Convention convention = conventions.findByCaseFile(file.id()).orElseThrow(ProblemException::notFound);
        return new View(view(convention), file.version());
    }

    public View sign(UUID caseFileId, String ifMatch, ConventionRequests.Sign request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, SIGN);
        Convention convention = conventionOf(file);
        RequestIssues issues = new RequestIssues();
        issues.required(request.signedOn(), "signedOn");
        issues.notInFuture(request.signedOn(), caseFiles.today(), "signedOn");
        issues.throwIfAny();
        convention.sign(request.signedOn(), settings, caseFiles.username(), caseFiles.now());
        return saved(file, convention);
    }

    public View amend(UUID caseFileId, String ifMatch, ConventionRequests.Amend request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, AMEND);
        Convention convention = conventionOf(file);
        LocalDate effectiveOn = request.effectiveOn() == null ? caseFiles.today() : request.effectiveOn();
        convention.amend(request.axes(), request.reason(), effectiveOn, caseFiles.username(), caseFiles.now());
        return saved(file, convention);
    }

    /**
     * A part of the reception module was recorded again: a convention that is only proposed is revised when the module
     * now calls for other axes. A signed one changes only by amendment.
     */
    public void followReception(CaseFile file, ReceptionModule reception) {
        conventions.findByCaseFile(file.id())
                .filter(convention -> convention.status() == ConventionStatus.PROPOSED)
                .filter(convention -> file.state() == CaseFileState.RECEPTION)
                .filter(convention -> !ConventionProposal
                        .from(reception, file.participation(), caseFiles.today())
                        .axes()
                        .equals(convention.requiredAxes()))
                .ifPresent(convention -> convention.reviseProposal(caseFiles.today(), caseFiles.username(),
                        caseFiles.now()));
    }

    /** The file's convention, to be changed: without one, the step is refused (409), the file being known. */
    private Convention conventionOf(CaseFile file) {
        return conventions.findByCaseFile(file.id()).orElseThrow(MissingStep.CONVENTION_NOT_PROPOSED::refusal);
    }

    private View saved(CaseFile file, Convention convention) {
        long version = caseFiles.flush(file);
        return new View(view(convention), version);
    }

    /** With the grounds of each axis the convention requires that the reception module calls for. */
    private ConventionResponse view(Convention convention) {
        LocalDate on = convention.signedOn().orElse(caseFiles.today());
        Map<Axis, String> grounds = new EnumMap<>(Axis.class);
        ConventionProposal.from(convention.receptionModule(), convention.caseFile().participation(), on).grounds()
                .forEach((axis, ground) -> {
                    if (convention.requires(axis)) {
                        grounds.put(axis, texts.ground(ground));
                    }
                });
        return ConventionResponse.of(convention, grounds, texts);
    }
}
