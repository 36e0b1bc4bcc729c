package be.wallonie.parcours.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;
import be.wallonie.parcours.domain.obligation.ObligationCode;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.obligation.ReferenceDataFixture;
import be.wallonie.parcours.domain.obligation.RuleSetVersion;
import be.wallonie.parcours.domain.person.PersonFixture;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A stored assessment keeps the verdict, its deadline and regime, the rule version, who and when; never updated. */
class ObligationAssessmentTest {

    private static final LocalDate DECIDED_ON = LocalDate.of(2023, 6, 1);

    private static DispenseEvidence medicalCertificate() {
        return new DispenseEvidence("medical certificate", LocalDate.of(2023, 5, 20), "Dr. Lambert, CHR Citadelle",
                DECIDED_ON);
    }

    @Test
    void theVerdictOfTheRulesIsStoredWithItsDeadlineRegimeVersionAndAuthor() {
        ObligationAssessment assessment = AssessmentFixture.obligedMoroccanInLiege();

        assertThat(assessment.kind()).isEqualTo(AssessmentKind.RULES_ENGINE);
        assertThat(assessment.status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThat(assessment.isObliged()).isTrue();
        assertThat(assessment.code()).isEmpty();
        assertThat(assessment.deadline())
                .contains(new Deadline(LocalDate.of(2024, 9, 10), DeadlineRegime.REGIME_2018));
        assertThat(assessment.ruleSetVersion()).isEqualTo("2018.1");
        assertThat(assessment.criCode()).contains("CRIPEL");
        assertThat(assessment.asOf()).isEqualTo(LocalDate.of(2023, 4, 3));
        assertThat(assessment.inputs()).isPresent();
        assertThat(assessment.explanation()).isNotBlank();
        assertThat(assessment.evidence()).isEmpty();
        assertThat(assessment.assessedBy()).isEqualTo(Staff.AGENT);
        assertThat(assessment.assessedAt()).isEqualTo(Staff.at(LocalDate.of(2023, 4, 3)));
    }

    @Test
    void aDispensedVerdictHasItsCodeAndNoDeadline() {
        ObligationAssessment assessment = AssessmentFixture.assess(PersonFixture.turkishVolunteerInNamur(),
                LocalDate.of(2025, 2, 3));

        assertThat(assessment.status()).isEqualTo(ObligationStatus.DISPENSED);
        assertThat(assessment.code()).contains(ObligationCode.D6);
        assertThat(assessment.deadline()).isEmpty();
        assertThat(assessment.criCode()).contains("CAI");
    }

    @Test
    void anOutOfScopeVerdictHasNoCri() {
        ObligationAssessment assessment = AssessmentFixture.assess(PersonFixture.congoleseInEupen(),
                LocalDate.of(2025, 3, 3));

        assertThat(assessment.status()).isEqualTo(ObligationStatus.OUT_OF_SCOPE);
        assertThat(assessment.criCode()).isEmpty();
    }

    @Test
    void aSupervisorRecordsADispenseWithItsEvidence() {
        UUID personId = UUID.randomUUID();

        ObligationAssessment dispense = ObligationAssessment.recordedDispense(personId, "CRIPEL", ObligationCode.D1,
                RuleSetVersion.applicableOn(LocalDate.of(2023, 3, 10), ObligationSettings.defaults()),
                medicalCertificate(), "Serious illness attested for 12 months", Staff.SUPERVISOR, Staff.at(DECIDED_ON));

        assertThat(dispense.kind()).isEqualTo(AssessmentKind.RECORDED_DISPENSE);
        assertThat(dispense.status()).isEqualTo(ObligationStatus.DISPENSED);
        assertThat(dispense.code()).contains(ObligationCode.D1);
        assertThat(dispense.evidence()).contains(medicalCertificate());
        assertThat(dispense.asOf()).isEqualTo(DECIDED_ON);
        assertThat(dispense.inputs()).isEmpty();
        assertThat(dispense.assessedBy()).isEqualTo(Staff.SUPERVISOR);
    }

    @Test
    void onlyADispenseCanBeRecordedAsADispense() {
        assertThatThrownBy(() -> ObligationAssessment.recordedDispense(UUID.randomUUID(), "CRIPEL",
                ObligationCode.LONG_STAY,
                RuleSetVersion.applicableOn(DECIDED_ON, ObligationSettings.defaults()), medicalCertificate(), "x",
                Staff.SUPERVISOR, Staff.at(DECIDED_ON)))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("dispense"));
    }

    @Test
    void theEvidenceNamesItsDocumentDateIssuerAndADecisionNotBeforeTheDocument() {
        assertThatThrownBy(() -> new DispenseEvidence(" ", LocalDate.of(2023, 5, 20), null, LocalDate.of(2023, 5, 19)))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("documentType", "issuer", "decisionDate"));
    }

    @Test
    void aVerdictOfTheRulesKeepsItsInputsAndExplanation() {
        assertThatThrownBy(() -> ObligationAssessment.ofVerdict(UUID.randomUUID(),
                AssessmentFixture.RULES.evaluate(PersonFixture.obligedMoroccanInLiege()
                        .obligationFacts(DECIDED_ON,
                                ReferenceDataFixture.communes())),
                DECIDED_ON, "", null, Staff.AGENT, Staff.at(DECIDED_ON)))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("inputs", "explanation"));
    }

    @Test
    void eachChangeOfFactsIsANewAssessmentWhichMayReachTheSameVerdict() {
        ObligationAssessment first = AssessmentFixture.obligedMoroccanInLiege();
        ObligationAssessment later = AssessmentFixture.assess(PersonFixture.obligedMoroccanInLiege(),
                LocalDate.of(2023, 8, 1));
        ObligationAssessment dispensed = AssessmentFixture.assess(PersonFixture.turkishVolunteerInNamur(),
                LocalDate.of(2025, 2, 3));

        assertThat(later).isNotEqualTo(first);
        assertThat(later.hasSameVerdictAs(first)).isTrue();
        assertThat(dispensed.hasSameVerdictAs(first)).isFalse();
    }
}
