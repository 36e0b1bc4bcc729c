package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What completes an axis of a case file without its hours (domain rules §5): a certificate of French of level A2 or
 * above, with its level and issuer; or a release from socio-professional orientation because the person works, with
 * its evidence. Recorded by the CRI while it follows the file up, through the {@link AttendanceLedger}; never changed
 * nor deleted.
 */
@Entity
@Table(name = "axis_equivalence")
public class AxisEquivalence {

    @Id
    private UUID id;
    @Column(name = "case_file_id")
    private UUID caseFileId;
    @Enumerated(EnumType.STRING)
    private AxisEquivalenceKind kind;
    @Enumerated(EnumType.STRING)
    private Axis axis;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Enumerated(EnumType.STRING)
    private CefrLevel level;
    @Column(name = "issuer")
    private String issuer;
    @Column(name = "evidence", columnDefinition = "text")
    private String evidence;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected AxisEquivalence() {
    }

    private AxisEquivalence(CaseFile caseFile, AxisEquivalenceKind kind, LocalDate effectiveOn, CefrLevel level,
            String issuer, String evidence, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.caseFileId = caseFile.id();
        this.kind = kind;
        this.axis = kind.axis();
        this.effectiveOn = effectiveOn;
        this.level = level;
        this.issuer = issuer;
        this.evidence = evidence;
        this.recordedBy = Objects.requireNonNull(by, "by");
        this.recordedAt = Objects.requireNonNull(at, "at");
    }

    /** A certificate of French of {@code level}, issued by {@code issuer} on {@code certifiedOn}. */
    static AxisEquivalence frenchCertificate(CaseFile caseFile, CefrLevel level, LocalDate certifiedOn, String issuer,
            String by, Instant at) {
        Violations violations = new Violations();
        violations.require(level, "level");
        violations.require(certifiedOn, "certifiedOn");
        violations.requireText(issuer, "issuer");
        violations.check(issuer == null || issuer.strip().length() <= 200, "issuer", ViolationCode.MAXIMUM_LENGTH,
                Map.of("maximum", 200));
        violations.throwIfAny();
        return new AxisEquivalence(caseFile, AxisEquivalenceKind.FRENCH_CERTIFICATE, certifiedOn, level,
                issuer.strip(), null, by, at);
    }

    /** A release from socio-professional orientation from {@code releasedOn}, because the person works. */
    static AxisEquivalence workRelease(CaseFile caseFile, LocalDate releasedOn, String evidence, String by,
            Instant at) {
        Violations violations = new Violations();
        violations.require(releasedOn, "releasedOn");
        violations.requireText(evidence, "evidence");
        violations.throwIfAny();
        return new AxisEquivalence(caseFile, AxisEquivalenceKind.WORK_RELEASE, releasedOn, null, null,
                evidence.strip(), by, at);
    }

    public UUID id() {
        return id;
    }

    public UUID caseFileId() {
        return caseFileId;
    }

    public AxisEquivalenceKind kind() {
        return kind;
    }

    /** The axis it completes. */
    public Axis axis() {
        return axis;
    }

    /** The day of the certificate or of the release: the axis is done on that day. */
    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    /** The level certified; empty for a release. */
    public Optional<CefrLevel> level() {
        return Optional.ofNullable(level);
    }

    /** Who issued the certificate; empty for a release. */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /** What shows that the person works (for example "employment contract of 2024-03-01"); empty for a certificate. */
    public Optional<String> evidence() {
        return Optional.ofNullable(evidence);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AxisEquivalence other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
