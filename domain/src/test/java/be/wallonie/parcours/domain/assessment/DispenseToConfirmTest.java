package be.wallonie.parcours.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;
import be.wallonie.parcours.domain.obligation.EmploymentPeriod;
import be.wallonie.parcours.domain.obligation.ObligationCode;
import be.wallonie.parcours.domain.obligation.ObligationFacts;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.obligation.ObligationVerdict;
import be.wallonie.parcours.domain.obligation.ReferenceDataFixture;
import be.wallonie.parcours.domain.obligation.StudyStatus;
import be.wallonie.parcours.domain.person.DispenseFacts;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonFixture;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dispenses stay a supervisor's decision (docs/adr/0030): a dispense the rules give on facts declared at the desk (D1,
 * D2, D4 by work, D5 by studies, D7) waits for a supervisor's confirmation on evidence; the person stays obliged meanwhile.
 */
class DispenseToConfirmTest {

    private static final LocalDate ENTERED_ON = LocalDate.of(2023, 6, 1);
    private static final LocalDate DECIDED_ON = LocalDate.of(2023, 6, 8);
    private static final Deadline MOROCCAN_DEADLINE = new Deadline(LocalDate.of(2024, 9, 10),
            DeadlineRegime.REGIME_2018);
    private static final DispenseFacts MEDICAL_CERTIFICATE = new DispenseFacts(StudyStatus.NONE, false, true, false);

    /** The assessment the API stores for the person on {@code asOf}, given the earlier ones (the latest first). */
    private static ObligationAssessment assess(Person person, LocalDate asOf, List<ObligationAssessment> history) {
        ObligationFacts facts = person.obligationFacts(asOf, ReferenceDataFixture.communes());
        ObligationVerdict verdict = AssessmentFixture.RULES.evaluate(facts);
        ObligationVerdict without = AssessmentFixture.RULES.evaluate(facts.withoutDeclaredDispenses());
        return ObligationAssessment.ofVerdict(person.id(), verdict, without, history, asOf, "{}", "[]", Staff.AGENT,
                Staff.at(asOf));
    }

    private static Person moroccanDeclaring(DispenseFacts facts) {
        Person person = PersonFixture.obligedMoroccanInLiege();
        person.updateDispenseFacts(facts);
        return person;
    }

    private static ObligationAssessment proposedMedicalDispense() {
        return assess(moroccanDeclaring(MEDICAL_CERTIFICATE), ENTERED_ON, List.of());
    }

    private static DispenseEvidence medicalCertificate() {
        return new DispenseEvidence("medical certificate", LocalDate.of(2023, 5, 20), "Dr. Lambert, CHR Citadelle",
                DECIDED_ON);
    }

    private static List<ObligationAssessment> latestFirst(ObligationAssessment... assessments) {
        return new ArrayList<>(List.of(assessments));
    }

    @Test
    void aMedicalCertificateEnteredAtTheDeskIsADispenseToConfirmAndThePersonStaysObligedWithTheDeadlineRunning() {
        ObligationAssessment proposed = proposedMedicalDispense();

        assertThat(proposed.status()).isEqualTo(ObligationStatus.DISPENSE_TO_CONFIRM);
        assertThat(proposed.code()).contains(ObligationCode.D1);
        assertThat(proposed.deadline()).contains(MOROCCAN_DEADLINE);
        assertThat(proposed.isObliged()).isTrue();
        assertThat(proposed.isDispenseToConfirm()).isTrue();
        assertThat(Participation.of(proposed)).isEqualTo(Participation.OBLIGED);
        assertThat(proposed.kind()).isEqualTo(AssessmentKind.RULES_ENGINE);
        assertThat(proposed.assessedBy()).isEqualTo(Staff.AGENT);
    }

    @Test
    void everyFactDeclaredAtTheDeskIsADispenseToConfirm() {
        Map<DispenseFacts, ObligationCode> declared = Map.of(
                new DispenseFacts(StudyStatus.NONE, true, false, false), ObligationCode.D2,
                new DispenseFacts(StudyStatus.REGULAR_STUDENT, false, false, false), ObligationCode.D5,
                new DispenseFacts(StudyStatus.NONE, false, false, true), ObligationCode.D7);

        declared.forEach((facts, code) -> {
            ObligationAssessment proposed = assess(moroccanDeclaring(facts), ENTERED_ON, List.of());
            assertThat(proposed.status()).as(code.name()).isEqualTo(ObligationStatus.DISPENSE_TO_CONFIRM);
            assertThat(proposed.code()).as(code.name()).contains(code);
            assertThat(proposed.deadline()).as(code.name()).contains(MOROCCAN_DEADLINE);
        });
    }

    @Test
    void workDeclaredAtTheDeskIsADispenseToConfirm() {
        Person worker = PersonFixture.obligedMoroccanInLiege();
        worker.recordEmployment(new EmploymentPeriod(LocalDate.of(2023, 1, 2), null, BigDecimal.ONE));

        ObligationAssessment working = assess(worker, ENTERED_ON, List.of());
        assertThat(working.status()).isEqualTo(ObligationStatus.DISPENSE_TO_CONFIRM);
        assertThat(working.code()).contains(ObligationCode.D4);
        assertThat(working.deadline()).contains(MOROCCAN_DEADLINE);
    }

    @Test
    void aDispenseOnFactsOfTheIdentityOrPermitNeedsNoConfirmation() {
        ObligationAssessment turkish = assess(PersonFixture.turkishVolunteerInNamur(), LocalDate.of(2025, 2, 3),
                List.of());

        assertThat(turkish.status()).isEqualTo(ObligationStatus.DISPENSED);
        assertThat(turkish.code()).contains(ObligationCode.D6);
    }

    @Test
    void aDeclaredFactNeedsNoConfirmationWhenAnotherProvisionDispensesThePersonAnyway() {
        Person turkish = PersonFixture.turkishVolunteerInNamur();
        turkish.updateDispenseFacts(MEDICAL_CERTIFICATE);

        ObligationAssessment assessment = assess(turkish, LocalDate.of(2025, 2, 3), List.of());

        assertThat(assessment.status()).isEqualTo(ObligationStatus.DISPENSED);
        assertThat(assessment.deadline()).isEmpty();
    }

    @Test
    void aSupervisorConfirmsOnEvidenceAndThePersonIsDispensedOnTheProposedProvision() {
        ObligationAssessment proposed = proposedMedicalDispense();

        ObligationAssessment confirmation = proposed.confirm(latestFirst(proposed), medicalCertificate(),
                "Incapacité attestée", Staff.SUPERVISOR, Staff.at(DECIDED_ON));

        assertThat(confirmation.kind()).isEqualTo(AssessmentKind.RECORDED_DISPENSE);
        assertThat(confirmation.status()).isEqualTo(ObligationStatus.DISPENSED);
        assertThat(confirmation.code()).contains(ObligationCode.D1);
        assertThat(confirmation.deadline()).isEmpty();
        assertThat(confirmation.isObliged()).isFalse();
        assertThat(confirmation.evidence()).contains(medicalCertificate());
        assertThat(confirmation.decides()).contains(proposed.id());
        assertThat(confirmation.assessedBy()).isEqualTo(Staff.SUPERVISOR);
        assertThat(confirmation.asOf()).isEqualTo(DECIDED_ON);
    }

    @Test
    void aSupervisorRejectsWithAReasonAndThePersonIsObligedWithTheDeadlineThatRan() {
        ObligationAssessment proposed = proposedMedicalDispense();

        ObligationAssessment rejection = proposed.reject(latestFirst(proposed), "Aucun certificat fourni", DECIDED_ON,
                Staff.SUPERVISOR, Staff.at(DECIDED_ON));

        assertThat(rejection.kind()).isEqualTo(AssessmentKind.REJECTED_DISPENSE);
        assertThat(rejection.status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThat(rejection.code()).isEmpty();
        assertThat(rejection.deadline()).contains(MOROCCAN_DEADLINE);
        assertThat(rejection.explanation()).isEqualTo("Aucun certificat fourni");
        assertThat(rejection.decides()).contains(proposed.id());
        assertThat(rejection.assessedBy()).isEqualTo(Staff.SUPERVISOR);
    }

    @Test
    void aRejectionNeedsAReason() {
        ObligationAssessment proposed = proposedMedicalDispense();

        assertThatThrownBy(() -> proposed.reject(latestFirst(proposed), " ", DECIDED_ON, Staff.SUPERVISOR,
                Staff.at(DECIDED_ON)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("reason"));
    }

    @Test
    void aDispenseToConfirmIsDecidedOnce() {
        ObligationAssessment proposed = proposedMedicalDispense();
        ObligationAssessment confirmation = proposed.confirm(latestFirst(proposed), medicalCertificate(), "Attestée",
                Staff.SUPERVISOR, Staff.at(DECIDED_ON));
        ObligationAssessment other = proposedMedicalDispense();
        ObligationAssessment rejection = other.reject(latestFirst(other), "Non", DECIDED_ON, Staff.SUPERVISOR,
                Staff.at(DECIDED_ON));

        assertThatThrownBy(() -> proposed.reject(latestFirst(confirmation, proposed), "Non", DECIDED_ON,
                Staff.SUPERVISOR, Staff.at(DECIDED_ON)))
                .isInstanceOfSatisfying(DispenseDecisionException.class,
                        e -> assertThat(e.code()).isEqualTo("DISPENSE_DECISION.ALREADY_CONFIRMED"));
        assertThatThrownBy(() -> other.confirm(latestFirst(rejection, other), medicalCertificate(), "Attestée",
                Staff.SUPERVISOR, Staff.at(DECIDED_ON)))
                .isInstanceOfSatisfying(DispenseDecisionException.class,
                        e -> assertThat(e.code()).isEqualTo("DISPENSE_DECISION.ALREADY_REJECTED"));
    }

    @Test
    void onlyADispenseToConfirmIsConfirmedOrRejected() {
        ObligationAssessment obliged = AssessmentFixture.obligedMoroccanInLiege();

        assertThatThrownBy(() -> obliged.confirm(latestFirst(obliged), medicalCertificate(), "Attestée",
                Staff.SUPERVISOR, Staff.at(DECIDED_ON)))
                .isInstanceOfSatisfying(DispenseDecisionException.class,
                        e -> assertThat(e.code()).isEqualTo("DISPENSE_DECISION.NOTHING_TO_CONFIRM"));
    }

    @Test
    void aDispenseToConfirmThatALaterAssessmentReplacedIsNoLongerDecided() {
        ObligationAssessment proposed = proposedMedicalDispense();
        ObligationAssessment later = assess(PersonFixture.obligedMoroccanInLiege(), DECIDED_ON, List.of(proposed));

        assertThatThrownBy(() -> proposed.confirm(latestFirst(later, proposed), medicalCertificate(), "Attestée",
                Staff.SUPERVISOR, Staff.at(DECIDED_ON)))
                .isInstanceOfSatisfying(DispenseDecisionException.class,
                        e -> assertThat(e.code()).isEqualTo("DISPENSE_DECISION.SUPERSEDED"));
    }

    @Test
    void aConfirmedDispenseStaysConfirmedWhenTheRulesAssessThePersonAgainOnTheSameProvision() {
        Person person = moroccanDeclaring(MEDICAL_CERTIFICATE);
        ObligationAssessment proposed = assess(person, ENTERED_ON, List.of());
        ObligationAssessment confirmation = proposed.confirm(latestFirst(proposed), medicalCertificate(), "Attestée",
                Staff.SUPERVISOR, Staff.at(DECIDED_ON));
        ObligationAssessment again = assess(person, DECIDED_ON.plusDays(30), latestFirst(confirmation, proposed));

        ObligationAssessment thirdTime = assess(person, DECIDED_ON.plusDays(60),
                latestFirst(again, confirmation, proposed));

        assertThat(again.status()).isEqualTo(ObligationStatus.DISPENSED);
        assertThat(thirdTime.status()).isEqualTo(ObligationStatus.DISPENSED);
        assertThat(thirdTime.code()).contains(ObligationCode.D1);
    }

    @Test
    void aDispenseThatWasInterruptedIsToConfirmAgain() {
        Person person = moroccanDeclaring(MEDICAL_CERTIFICATE);
        ObligationAssessment proposed = assess(person, ENTERED_ON, List.of());
        ObligationAssessment confirmation = proposed.confirm(latestFirst(proposed), medicalCertificate(), "Attestée",
                Staff.SUPERVISOR, Staff.at(DECIDED_ON));
        ObligationAssessment obligedMeanwhile = assess(PersonFixture.obligedMoroccanInLiege(), DECIDED_ON.plusDays(1),
                latestFirst(confirmation, proposed));

        ObligationAssessment declaredAgain = assess(person, DECIDED_ON.plusDays(2),
                latestFirst(obligedMeanwhile, confirmation, proposed));

        assertThat(declaredAgain.status()).isEqualTo(ObligationStatus.DISPENSE_TO_CONFIRM);
    }
}
