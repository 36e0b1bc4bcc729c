package be.wallonie.parcours.api.attestation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.casefile.CaseFiles;
import be.wallonie.parcours.api.problem.MissingStep;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationRepository;
import be.wallonie.parcours.domain.attestation.IssuingOfficer;
import be.wallonie.parcours.domain.casefile.CaseFile;

/**
 * The attestation of a case file of the caller's CRI: issued by a supervisor once the parcours is completed, read,
 * downloaded as PDF, revoked. Issue and revocation are changes of the case file: they send its ETag in If-Match.
 */
@ApplicationScoped
@Transactional
public class CaseFileAttestationService {

    static final String ISSUE = "POST /caseFiles/{id}/attestation";
    static final String READ = "GET /caseFiles/{id}/attestation";
    static final String PDF = "GET /caseFiles/{id}/attestation/pdf";
    static final String REVOKE = "POST /caseFiles/{id}/attestation/revocation";

    private final CaseFiles caseFiles;
    private final AttestationService attestations;
    private final AttestationRepository repository;
    private final PdfAttestationRenderer renderer;
    private final CurrentUser user;

    CaseFileAttestationService(CaseFiles caseFiles, AttestationService attestations, AttestationRepository repository,
            PdfAttestationRenderer renderer, CurrentUser user) {
        this.caseFiles = caseFiles;
        this.attestations = attestations;
        this.repository = repository;
        this.renderer = renderer;
        this.user = user;
    }

    /** An attestation and the case file's version (the ETag). */
    public record View(AttestationResponse attestation, long version) {
    }

    /** The PDF of an attestation and its name. */
    public record Document(String number, byte[] pdf, String sha256) {
    }

    public View issue(UUID caseFileId, String ifMatch) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, ISSUE);
        Attestation attestation = attestations.issue(file.id(), officer());
        return new View(response(attestation), caseFiles.flush(file));
    }

    public View get(UUID caseFileId) {
        CaseFile file = caseFiles.read(caseFileId, READ);
        return new View(response(attestationOf(file)), file.version());
    }

    public Document pdf(UUID caseFileId) {
        CaseFile file = caseFiles.read(caseFileId, PDF);
        Attestation attestation = attestationOf(file);
        return new Document(attestation.number().toString(), attestation.pdf(), attestation.pdfSha256());
    }

    public View revoke(UUID caseFileId, String ifMatch, String reason) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, REVOKE);
        RequestIssues issues = new RequestIssues();
        String why = issues.text(reason, "reason");
        issues.throwIfAny();
        Attestation issued = repository.findByCaseFile(file.id(), file.criCode())
                .orElseThrow(MissingStep.ATTESTATION_NOT_ISSUED::refusal);
        Attestation attestation = attestations.revoke(issued.id(), why, officer());
        return new View(response(attestation), caseFiles.flush(file));
    }

    /** The file's attestation, to be read: none issued yet is an unknown record (404). */
    private Attestation attestationOf(CaseFile file) {
        return repository.findByCaseFile(file.id(), file.criCode()).orElseThrow(ProblemException::notFound);
    }

    private IssuingOfficer officer() {
        return new IssuingOfficer(user.username(), user.displayName(), user.tenant().role(), caseFiles.criCode());
    }

    private AttestationResponse response(Attestation attestation) {
        return AttestationResponse.of(attestation, renderer.verificationUrl(attestation.verificationCode()));
    }
}
