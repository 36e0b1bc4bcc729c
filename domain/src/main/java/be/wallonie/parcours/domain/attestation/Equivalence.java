package be.wallonie.parcours.domain.attestation;

import jakarta.validation.constraints.Size;
import be.wallonie.parcours.domain.shared.ViolationCode;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import be.wallonie.parcours.domain.shared.Violations;

/**
 * What completed an axis instead of hours: an A2 certificate (with its date and issuer) or a work release.
 *
 * @param kind   the kind of equivalence
 * @param on     the day of the certificate or of the release
 * @param issuer who issued the certificate (required for a certificate), or {@code null}
 */
@Embeddable
public record Equivalence(@Enumerated(EnumType.STRING) @Column(name = "equivalence_kind") EquivalenceKind kind,
        @Column(name = "equivalence_on") LocalDate on,
        @Column(name = "equivalence_issuer") @Size(max = 200) String issuer) {

    public Equivalence {
        Violations violations = new Violations();
        violations.require(kind, "kind");
        violations.require(on, "on");
        violations.check(kind != EquivalenceKind.A2_CERTIFICATE || issuer != null && !issuer.isBlank(), "issuer",
                ViolationCode.REQUIRED);
        violations.throwIfAny();
        issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
    }

    public static Equivalence a2Certificate(LocalDate on, String issuer) {
        return new Equivalence(EquivalenceKind.A2_CERTIFICATE, on, issuer);
    }

    public static Equivalence workRelease(LocalDate on) {
        return new Equivalence(EquivalenceKind.WORK_RELEASE, on, null);
    }
}
