package be.wallonie.parcours.api.attestation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.audit.Audit;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.Recipient;
import be.wallonie.parcours.domain.attestation.Transmission;
import be.wallonie.parcours.domain.audit.AuditAction;

/**
 * The copies of attestations due to the caller's commune or CPAS: the feed, each copy with its PDF, and the
 * acknowledgement. A copy due to anyone else is not found. Every copy shown is a disclosure of personal data, audited
 * in the person's trail.
 */
@ApplicationScoped
@Transactional
public class TransmissionService {

    static final String FEED = "GET /transmissions";
    static final String READ = "GET /transmissions/{id}";
    static final String PDF = "GET /transmissions/{id}/pdf";
    static final String ACKNOWLEDGE = "POST /transmissions/{id}/acknowledgements";
    static final int MAX_LIMIT = 200;

    private final AttestationService attestations;
    private final Audit audit;
    private final CurrentUser user;

    TransmissionService(AttestationService attestations, Audit audit, CurrentUser user) {
        this.attestations = attestations;
        this.audit = audit;
        this.user = user;
    }

    /** The copies after {@code since}; only those (not) acknowledged yet when {@code acknowledged} is given. */
    public TransmissionResponse.Feed feed(long since, Boolean acknowledged, int limit) {
        List<Transmission> due = attestations.transmissions(recipient(), since, acknowledged, limit);
        due.forEach(transmission -> audit.record(FEED, AuditAction.DISCLOSE, transmission.attestation().personId()));
        long next = due.stream().mapToLong(Transmission::cursor).max().orElse(since);
        return new TransmissionResponse.Feed(due.stream().map(TransmissionResponse::of).toList(), next);
    }

    /** The copy with the attestation's content: counted as fetched. */
    public TransmissionResponse.Detail read(UUID id) {
        Transmission transmission = attestations.fetch(id, recipient());
        Attestation attestation = transmission.attestation();
        audit.record(READ, AuditAction.DISCLOSE, attestation.personId());
        return new TransmissionResponse.Detail(TransmissionResponse.of(transmission), attestation.content(),
                attestation.verificationCode().toString(), attestation.pdfSha256());
    }

    /** The copy's PDF: counted as fetched. */
    public CaseFileAttestationService.Document pdf(UUID id) {
        Transmission transmission = attestations.fetch(id, recipient());
        Attestation attestation = transmission.attestation();
        audit.record(PDF, AuditAction.DISCLOSE, attestation.personId());
        return new CaseFileAttestationService.Document(attestation.number().toString(), attestation.pdf(),
                attestation.pdfSha256());
    }

    /** Acknowledges the copy; acknowledging again changes nothing and answers the same. */
    public TransmissionResponse acknowledge(UUID id) {
        Transmission transmission = attestations.acknowledge(id, recipient(), user.username());
        audit.record(ACKNOWLEDGE, AuditAction.UPDATE, transmission.attestation().personId());
        return TransmissionResponse.of(transmission);
    }

    private Recipient recipient() {
        return Recipient.of(user.tenant()).orElseThrow(ProblemException::notFound);
    }
}
