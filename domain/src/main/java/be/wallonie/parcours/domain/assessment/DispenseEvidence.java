package be.wallonie.parcours.domain.assessment;

import jakarta.validation.constraints.Size;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The document on which a supervisor recorded a dispense (<i>pièce justificative</i>), as the domain rules list them
 * per dispense: a medical certificate (D1), a Belgian diploma (D2), a work contract (D4), an enrolment or grant proof
 * (D5), an earlier attestation (D7).
 *
 * @param documentType what the document is, for example {@code medical certificate}
 * @param documentDate the date on the document
 * @param issuer       who issued it: a doctor, a school, an employer, another Region's integration office
 * @param decisionDate the day the supervisor decided the dispense, not before the document
 */
@Embeddable
public record DispenseEvidence(@Column(name = "evidence_document_type") @Size(max = 200) String documentType,
        @Column(name = "evidence_document_date") LocalDate documentDate,
        @Column(name = "evidence_issuer") @Size(max = 200) String issuer,
        @Column(name = "evidence_decision_date") LocalDate decisionDate) {

    public DispenseEvidence {
        Violations violations = new Violations();
        violations.requireText(documentType, "documentType");
        violations.require(documentDate, "documentDate");
        violations.requireText(issuer, "issuer");
        violations.require(decisionDate, "decisionDate");
        if (documentDate != null && decisionDate != null) {
            violations.check(!decisionDate.isBefore(documentDate), "decisionDate", ViolationCode.NOT_BEFORE,
                    Map.of("other", "documentDate"));
        }
        violations.throwIfAny();
        documentType = documentType.strip();
        issuer = issuer.strip();
    }
}
