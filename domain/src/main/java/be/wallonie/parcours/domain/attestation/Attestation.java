package be.wallonie.parcours.domain.attestation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.shared.NisCode;
import be.wallonie.parcours.domain.shared.Violations;
import be.wallonie.parcours.domain.territory.Cri;

/**
 * The final <i>attestation de fréquentation</i> of a case file (domain rules §6). A supervisor of the CRI issues it
 * once the file is {@code COMPLETED} with every required axis done; its content is frozen at issue
 * ({@link AttestationContent}) and rendered once to a PDF, kept with its SHA-256. It carries a unique number per CRI
 * and year and a public verification code. For an obliged person, copies are due to the commune of residence and, when
 * the person receives CPAS aid, to its CPAS ({@link Transmission}). A supervisor may revoke it, once, with a reason; a
 * revoked attestation stays revoked.
 */
@Entity
@Table(name = "attestation")
public class Attestation {

    @Id
    private UUID id;
    @Column(name = "case_file_id")
    private UUID caseFileId;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "number")
    private String number;
    @Column(name = "verification_code")
    private String verificationCode;
    @Embedded
    private AttestedPerson person;
    @Embedded
    private AttestingCri cri;
    @Embedded
    private AttestedDates dates;
    @Enumerated(EnumType.STRING)
    private Participation participation;
    @ElementCollection
    @CollectionTable(name = "attestation_axis", joinColumns = @JoinColumn(name = "attestation_id"))
    @OrderColumn(name = "position")
    private List<AxisOutcome> axes = new ArrayList<>();
    @Column(name = "officer_name")
    private String officerName;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf")
    private byte[] pdf;
    @Column(name = "pdf_sha256")
    private String pdfSha256;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revocation_reason", columnDefinition = "text")
    private String revocationReason;
    @OneToMany(mappedBy = "attestation", cascade = CascadeType.ALL)
    @OrderBy("recipient.kind")
    private List<Transmission> transmissions = new ArrayList<>();
    @Version
    private long version;

    protected Attestation() {
    }

    private Attestation(CaseFile caseFile, AttestationContent content, AttestationNumber number,
            VerificationCode verificationCode, String issuedBy, Instant issuedAt) {
        this.id = UUID.randomUUID();
        this.caseFileId = caseFile.id();
        this.personId = caseFile.personId();
        this.number = number.toString();
        this.verificationCode = verificationCode.value();
        this.person = content.person();
        this.cri = content.cri();
        this.dates = content.dates();
        this.participation = content.participation();
        this.axes = new ArrayList<>(content.axes());
        this.officerName = content.officerName();
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /**
     * Issues the attestation of a completed case file: freezes its content, renders its PDF, moves the file to
     * {@code ATTESTATION_ISSUED} and, for an obliged person, creates the copies due to the commune of residence and,
     * for a CPAS beneficiary, to that commune's CPAS.
     *
     * @param caseFile           the file, {@code COMPLETED}
     * @param person             the file's person, as registered today
     * @param cri                the file's CRI
     * @param conventionSignedOn the day the convention was signed
     * @param completion         the required axes and those done (from the axis progress)
     * @param outcomes           the hours or equivalence of each axis (from the attendance ledger); an axis not listed
     *                           is printed as done, without hours
     * @param numbers            allocates the next number of the CRI ({@link AttestationRepository#nextNumber}), once
     *                           the rules are satisfied
     * @param verificationCode   a new random code ({@link VerificationCode#random()})
     * @param issuedOn           the day of issue
     * @param officer            the issuing supervisor
     * @param at                 when
     * @param renderer           renders the PDF
     * @throws AttestationException when the officer may not issue it, an axis is unfinished or the file is not
     *                              completed
     */
    public static Attestation issueFor(CaseFile caseFile, Person person, Cri cri, LocalDate conventionSignedOn,
            AxisCompletion completion, List<AxisOutcome> outcomes, AttestationNumbers numbers,
            VerificationCode verificationCode, LocalDate issuedOn, IssuingOfficer officer, Instant at,
            AttestationRenderer renderer) {
        Objects.requireNonNull(caseFile, "caseFile");
        officer.requireSupervisorOf(caseFile.criCode(), "issue an attestation");
        if (!person.id().equals(caseFile.personId())) {
            throw new AttestationException(AttestationException.Reason.OTHER_PERSON,
                    "The person is not the person of the case file");
        }
        if (!cri.code().equals(caseFile.criCode())) {
            throw new IllegalArgumentException("The CRI must be the case file's");
        }
        Map<Axis, AxisOutcome> byAxis = outcomes.stream()
                .collect(Collectors.toMap(AxisOutcome::axis, Function.identity()));
        if (caseFile.state() == CaseFileState.ATTESTATION_ISSUED) {
            throw new AttestationException(AttestationException.Reason.ALREADY_ISSUED,
                    "The case file already has its attestation");
        }
        if (!completion.unfinished().isEmpty()) {
            List<AxisOutcome> unfinished = completion.unfinished().stream()
                    .sorted()
                    .map(axis -> byAxis.getOrDefault(axis, AxisOutcome.done(axis)))
                    .toList();
            throw new AttestationException(AttestationException.Reason.AXES_UNFINISHED,
                    "missing: " + unfinished.stream().map(AxisOutcome::describe).collect(Collectors.joining(", ")),
                    Map.of("unfinished", unfinished));
        }
        if (caseFile.state() != CaseFileState.COMPLETED) {
            throw new AttestationException(AttestationException.Reason.FILE_NOT_COMPLETED,
                    "the case file is " + caseFile.state() + ", not COMPLETED", Map.of("state", caseFile.state()));
        }
        Violations violations = new Violations();
        violations.require(conventionSignedOn, "conventionSignedOn");
        violations.require(issuedOn, "issuedOn");
        violations.require(at, "at");
        violations.throwIfAny();
        LocalDate completedOn = caseFile.completedOn().orElseThrow();
        List<AxisOutcome> lines = completion.required().stream()
                .map(axis -> byAxis.getOrDefault(axis, AxisOutcome.done(axis))
                        .withCompletedOn(completion.doneOn(axis).orElse(completedOn)))
                .toList();
        AttestationContent content = new AttestationContent(AttestedPerson.of(person), AttestingCri.of(cri),
                new AttestedDates(caseFile.openedOn(), conventionSignedOn, completedOn, issuedOn),
                caseFile.participation(), lines, officer.fullName());
        AttestationNumber number = numbers.next(caseFile.criCode(), issuedOn.getYear());
        if (!number.criCode().equals(caseFile.criCode()) || number.year() != issuedOn.getYear()) {
            throw new IllegalStateException("The number " + number + " is not of the CRI and year of issue");
        }
        Attestation attestation = new Attestation(caseFile, content, number, verificationCode, officer.username(), at);
        if (caseFile.isObliged()) {
            NisCode commune = person.communeOfResidence();
            attestation.transmissions.add(new Transmission(attestation, Recipient.commune(commune), at));
            if (person.cpasBeneficiary()) {
                attestation.transmissions.add(new Transmission(attestation, Recipient.cpas(commune), at));
            }
        }
        attestation.attachPdf(renderer.render(attestation));
        caseFile.recordAttestationIssued(issuedOn, attestation.number, officer.username(), at);
        return attestation;
    }

    private void attachPdf(byte[] document) {
        if (document == null || document.length == 0) {
            throw new IllegalStateException("The renderer returned no document");
        }
        pdf = document.clone();
        pdfSha256 = sha256(pdf);
    }

    /**
     * A supervisor of the CRI revokes the attestation, with a reason. Final: a revoked attestation stays revoked. Its
     * transmissions are announced again, so that the commune and the CPAS learn of it.
     *
     * @throws AttestationException when the officer may not, or when it is revoked already
     */
    public void revoke(String reason, IssuingOfficer officer, Instant at) {
        officer.requireSupervisorOf(cri.code(), "revoke an attestation");
        if (isRevoked()) {
            throw new AttestationException(AttestationException.Reason.ALREADY_REVOKED,
                    "The attestation " + number + " is already revoked");
        }
        Violations violations = new Violations();
        violations.requireText(reason, "reason");
        violations.require(at, "at");
        violations.throwIfAny();
        revocationReason = reason.strip();
        revokedBy = officer.username();
        revokedAt = at;
        transmissions.forEach(Transmission::reannounce);
    }

    /** What the public verification page shows: no personal data. */
    public AttestationVerification verification() {
        return new AttestationVerification(isRevoked() ? VerificationStatus.REVOKED : VerificationStatus.VALID,
                dates.issuedOn(), cri.code(), cri.name(),
                revokedAt == null ? null : revokedAt.atZone(java.time.ZoneId.of("Europe/Brussels")).toLocalDate());
    }

    /** Whether the stored PDF is the one issued: its SHA-256 is still the one recorded at issue. */
    public boolean pdfIntact() {
        return sha256(pdf).equals(pdfSha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID caseFileId() {
        return caseFileId;
    }

    public UUID personId() {
        return personId;
    }

    public AttestationNumber number() {
        return AttestationNumber.parse(number);
    }

    public VerificationCode verificationCode() {
        return new VerificationCode(verificationCode);
    }

    /** The content frozen at issue. */
    public AttestationContent content() {
        return new AttestationContent(person, cri, dates, participation, axes, officerName);
    }

    /** Whom the attestation is about, as frozen at issue: without reading its axes (a feed lists many copies). */
    public AttestedPerson attestedPerson() {
        return person;
    }

    public String criCode() {
        return cri.code();
    }

    public LocalDate issuedOn() {
        return dates.issuedOn();
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** The PDF as issued (a copy). */
    public byte[] pdf() {
        return pdf.clone();
    }

    /** The SHA-256 of the PDF, in lower-case hexadecimal. */
    public String pdfSha256() {
        return pdfSha256;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Optional<Revocation> revocation() {
        return isRevoked() ? Optional.of(new Revocation(revocationReason, revokedBy, revokedAt)) : Optional.empty();
    }

    /** The copies due to the commune and the CPAS; none for a volunteer. */
    public List<Transmission> transmissions() {
        return Collections.unmodifiableList(transmissions);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attestation other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Attestation " + number;
    }
}
