package be.wallonie.parcours.api.attestation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationRepository;
import be.wallonie.parcours.domain.attestation.AttestationVerification;
import be.wallonie.parcours.domain.attestation.AxisCompletion;
import be.wallonie.parcours.domain.attestation.AxisOutcomes;
import be.wallonie.parcours.domain.attestation.IssuingOfficer;
import be.wallonie.parcours.domain.attestation.Recipient;
import be.wallonie.parcours.domain.attestation.Transmission;
import be.wallonie.parcours.domain.attestation.TransmissionRepository;
import be.wallonie.parcours.domain.attestation.VerificationCode;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import be.wallonie.parcours.domain.deadline.AxisProgress;
import be.wallonie.parcours.domain.operator.EnrolmentRepository;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonRepository;
import be.wallonie.parcours.domain.reception.ReceptionRepository;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.territory.Cri;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/**
 * The attestation use cases the HTTP layer calls: issue and revoke (a CRI supervisor, within the CRI), the public
 * verification by code, the PDF, and the copies a commune or a CPAS polls, fetches and acknowledges. Another tenant's
 * record is not found ({@link ProblemException#notFound()}); a refusal of the rules is an
 * {@link be.wallonie.parcours.domain.attestation.AttestationException}.
 */
@ApplicationScoped
@Transactional
public class AttestationService {

    private static final Logger LOG = Logger.getLogger(AttestationService.class);

    private final AttestationRepository attestations;
    private final TransmissionRepository transmissions;
    private final CaseFileRepository caseFiles;
    private final PersonRepository persons;
    private final TerritoryRepository territory;
    private final ReceptionRepository receptions;
    private final ConventionRepository conventions;
    private final EnrolmentRepository enrolments;
    private final AxisOutcomes outcomes;
    private final PdfAttestationRenderer renderer;
    private final AttendanceLedger ledger;
    private final Clock clock;

    AttestationService(AttestationRepository attestations, TransmissionRepository transmissions,
            CaseFileRepository caseFiles, PersonRepository persons, TerritoryRepository territory,
            ReceptionRepository receptions, ConventionRepository conventions, EnrolmentRepository enrolments,
            AxisOutcomes outcomes, PdfAttestationRenderer renderer, AttendanceLedger ledger, Clock clock) {
        this.attestations = attestations;
        this.transmissions = transmissions;
        this.caseFiles = caseFiles;
        this.persons = persons;
        this.territory = territory;
        this.receptions = receptions;
        this.conventions = conventions;
        this.enrolments = enrolments;
        this.outcomes = outcomes;
        this.renderer = renderer;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Issues the attestation of a completed case file of the officer's CRI, with its PDF and its transmissions.
     *
     * @throws ProblemException                                             not found when the file is not the CRI's
     * @throws be.wallonie.parcours.domain.attestation.AttestationException when the rules refuse it
     */
    public Attestation issue(UUID caseFileId, IssuingOfficer officer) {
        CaseFile caseFile = caseFiles.findById(caseFileId, officer.criCode()).orElseThrow(ProblemException::notFound);
        Person person = persons.findById(caseFile.personId(), officer.criCode())
                .orElseThrow(ProblemException::notFound);
        Cri cri = territory.findCri(caseFile.criCode()).orElseThrow();
        Convention convention = conventions.findByCaseFile(caseFileId).orElse(null);
        AxisProgress progress = AxisProgress.of(caseFile, receptions.findByCaseFile(caseFileId).orElse(null),
                convention, enrolments.findByCaseFile(caseFileId), ledger.attendanceOf(caseFile));
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        LocalDate signedOn = convention == null ? null : convention.signedOn().orElse(null);
        Attestation attestation = Attestation.issueFor(caseFile, person, cri, signedOn, AxisCompletion.of(progress),
                outcomes.of(caseFile), attestations::nextNumber, VerificationCode.random(), today, officer, now,
                renderer);
        attestations.add(attestation);
        LOG.infof("Attestation %s issued (id %s, case file %s, %d transmissions)", attestation.number(),
                attestation.id(), caseFileId, attestation.transmissions().size());
        return attestation;
    }

    /** Revokes an attestation of the officer's CRI; its transmissions are announced again. */
    public Attestation revoke(UUID attestationId, String reason, IssuingOfficer officer) {
        Attestation attestation = attestations.findById(attestationId, officer.criCode())
                .orElseThrow(ProblemException::notFound);
        attestation.revoke(reason, officer, clock.instant());
        attestations.announce(attestation);
        LOG.infof("Attestation %s revoked (id %s)", attestation.number(), attestation.id());
        return attestation;
    }

    /** The attestation, if the CRI issued it. */
    public Optional<Attestation> find(UUID attestationId, String criCode) {
        return attestations.findById(attestationId, criCode);
    }

    /** The PDF as issued, if the CRI issued it. */
    public Optional<byte[]> pdf(UUID attestationId, String criCode) {
        return attestations.findById(attestationId, criCode).map(Attestation::pdf);
    }

    /**
     * The public verification: valid or revoked, the day of issue and the CRI, nothing personal. Empty when no
     * attestation has this code, or when the text is not a code at all.
     */
    public Optional<AttestationVerification> verify(String code) {
        VerificationCode parsed;
        try {
            parsed = VerificationCode.parse(code);
        } catch (InvalidValueException notACode) {
            return Optional.empty();
        }
        return attestations.findByVerificationCode(parsed).map(Attestation::verification);
    }

    /**
     * The check of a document: the attestation with the code printed on it whose holder was born on the birth date
     * printed on it (ADR 0031). Empty alike for an unknown code and for a code copied onto someone else's document.
     */
    public Optional<AttestationVerification> verify(VerificationCode code, LocalDate birthDate) {
        return attestations.findByVerificationCodeAndBirthDate(code, birthDate).map(Attestation::verification);
    }

    /**
     * The recipient's copies after {@code since}, in cursor order, at most {@code limit}; only those acknowledged or
     * not yet acknowledged when {@code acknowledged} is given.
     */
    public List<Transmission> transmissions(Recipient recipient, long since, Boolean acknowledged, int limit) {
        return acknowledged == null
                ? transmissions.dueTo(recipient, since, limit)
                : transmissions.dueTo(recipient, since, acknowledged, limit);
    }

    /** The recipient fetches one of its copies (with its PDF): counted. */
    public Transmission fetch(UUID transmissionId, Recipient recipient) {
        Transmission transmission = transmissions.findById(transmissionId, recipient)
                .orElseThrow(ProblemException::notFound);
        transmission.recordFetch(clock.instant());
        return transmission;
    }

    /** The recipient acknowledges one of its copies; acknowledging again changes nothing. */
    public Transmission acknowledge(UUID transmissionId, Recipient recipient, String by) {
        Transmission transmission = transmissions.findById(transmissionId, recipient)
                .orElseThrow(ProblemException::notFound);
        transmission.acknowledge(by, clock.instant());
        return transmission;
    }
}
