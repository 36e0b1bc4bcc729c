package be.wallonie.parcours.domain.person;

import static be.wallonie.parcours.domain.person.PersonFixture.MOROCCAN_PERMIT_ORDERED_ON;
import static be.wallonie.parcours.domain.person.PersonFixture.obligedMoroccanInLiege;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.assessment.AssessmentFixture;
import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;
import be.wallonie.parcours.domain.obligation.EmploymentPeriod;
import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.ObligationCode;
import be.wallonie.parcours.domain.obligation.ObligationFacts;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.obligation.ObligationVerdict;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.obligation.ReferenceDataFixture;
import be.wallonie.parcours.domain.obligation.StudyStatus;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.LanguageCode;
import be.wallonie.parcours.domain.shared.NisCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A person gives the rules engine its facts as of a day; the rules themselves are the engine's. */
class PersonTest {

    private static ObligationVerdict verdictOn(Person person, LocalDate asOf) {
        return AssessmentFixture.RULES.evaluate(person.obligationFacts(asOf, ReferenceDataFixture.communes()));
    }

    @Test
    void theFactsOfAPersonAreThoseTheRulesRead() {
        ObligationFacts facts = obligedMoroccanInLiege().obligationFacts(LocalDate.of(2023, 4, 3),
                ReferenceDataFixture.communes());

        assertThat(facts.birthDate()).isEqualTo(LocalDate.of(1993, 5, 2));
        assertThat(facts.nationality().value()).isEqualTo("MA");
        assertThat(facts.commune().criCode()).isEqualTo("CRIPEL");
        assertThat(facts.permit().type()).isEqualTo(PermitType.FAMILY_REUNIFICATION);
        assertThat(facts.permit().orderDate()).isEqualTo(MOROCCAN_PERMIT_ORDERED_ON);
        assertThat(facts.legalStayStart()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(facts.familyMemberOf()).isEqualTo(FamilyLink.THIRD_COUNTRY_NATIONAL);
    }

    @Test
    void anObligedPersonIsObligedUntilEighteenMonthsAfterTheOrderDate() {
        ObligationVerdict verdict = verdictOn(obligedMoroccanInLiege(), LocalDate.of(2023, 4, 3));

        assertThat(verdict.status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThat(verdict.deadline()).isEqualTo(new Deadline(LocalDate.of(2024, 9, 10), DeadlineRegime.REGIME_2018));
    }

    @Test
    void aRenewalOnTheSameBasisDoesNotMoveTheDeadline() {
        Person person = obligedMoroccanInLiege();
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.FAMILY_REUNIFICATION,
                LocalDate.of(2024, 3, 1), null, 12, null, FamilyLink.THIRD_COUNTRY_NATIONAL));

        assertThat(verdictOn(person, LocalDate.of(2024, 3, 15)).deadline().date()).isEqualTo(LocalDate.of(2024, 9, 10));
    }

    @Test
    void aPermitOnAnotherBasisIsAssessedWithTheLegalStayOfTheEarlierPermits() {
        Person person = new Person(PersonFixture.identity("Nguyen", "Linh", LocalDate.of(1998, 3, 3), "VN", null),
                new NisCode("62063"), "CRIPEL", Staff.at(LocalDate.of(2024, 1, 8)));
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.STUDENT, LocalDate.of(2021, 9, 1),
                null, 12, null, null));
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.WORK, LocalDate.of(2023, 11, 15), null,
                12, null, null));

        assertThat(verdictOn(person, LocalDate.of(2022, 1, 1)).code()).isEqualTo(ObligationCode.D5);
        ObligationVerdict afterTheWorkPermit = verdictOn(person, LocalDate.of(2024, 1, 8));
        assertThat(afterTheWorkPermit.status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThat(afterTheWorkPermit.deadline().date()).isEqualTo(LocalDate.of(2025, 5, 15));
    }

    @Test
    void aPermitOnAnotherBasisAfterThreeYearsOfStayIsOutOfTheTargetGroup() {
        Person person = new Person(PersonFixture.identity("Nguyen", "Linh", LocalDate.of(1998, 3, 3), "VN", null),
                new NisCode("62063"), "CRIPEL", Staff.at(LocalDate.of(2024, 1, 8)));
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.STUDENT, LocalDate.of(2020, 9, 1),
                null, 12, null, null));
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.WORK, LocalDate.of(2023, 11, 15), null,
                12, null, null));

        assertThat(verdictOn(person, LocalDate.of(2024, 1, 8)).code()).isEqualTo(ObligationCode.LONG_STAY);
    }

    @Test
    void aPermitOrderedAfterTheDayOfTheAssessmentIsNotRead() {
        assertThat(verdictOn(obligedMoroccanInLiege(), MOROCCAN_PERMIT_ORDERED_ON.minusDays(1)).code())
                .isEqualTo(ObligationCode.NO_PERMIT);
    }

    @Test
    void aHalfTimeJobOfMoreThanThreeMonthsDispensesFromTheDayAfter() {
        Person person = obligedMoroccanInLiege();
        person.recordEmployment(new EmploymentPeriod(LocalDate.of(2023, 6, 1), null, new BigDecimal("0.5")));

        assertThat(verdictOn(person, LocalDate.of(2023, 9, 1)).status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThat(verdictOn(person, LocalDate.of(2023, 9, 2)).code()).isEqualTo(ObligationCode.D4);
    }

    @Test
    void anOngoingJobIsEndedByItsStartDate() {
        Person person = obligedMoroccanInLiege();
        person.recordEmployment(new EmploymentPeriod(LocalDate.of(2023, 6, 1), null, BigDecimal.ONE));

        person.endEmployment(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 31));

        assertThat(person.employment()).containsExactly(
                new EmploymentPeriod(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 31), BigDecimal.ONE));
        assertThat(verdictOn(person, LocalDate.of(2023, 10, 1)).status()).isEqualTo(ObligationStatus.OBLIGED);
        assertThatThrownBy(() -> person.endEmployment(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theOtherDispenseFactsReachTheRules() {
        Person person = obligedMoroccanInLiege();
        person.updateDispenseFacts(new DispenseFacts(StudyStatus.NONE, false, true, false));

        assertThat(verdictOn(person, LocalDate.of(2023, 4, 3)).code()).isEqualTo(ObligationCode.D1);
    }

    @Test
    void aPermitCannotBeOrderedBeforeBirth() {
        Person person = obligedMoroccanInLiege();

        assertThatThrownBy(() -> person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.WORK,
                LocalDate.of(1990, 1, 1), null, 12, null, null))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> person.correctIdentity(PersonFixture.identity("Benali", "Amina",
                LocalDate.of(2023, 3, 11), "MA", null))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void correctingTheIdentityNormalisesTheNamesAgain() {
        Person person = obligedMoroccanInLiege();

        person.correctIdentity(PersonFixture.identity("Ben-Ali", "Âmina", LocalDate.of(1993, 5, 2), "MA", null));

        assertThat(person.normalisedName()).isEqualTo(new NormalisedName("benali", "amina"));
        assertThat(person.nationalNumber()).isEmpty();
        assertThat(person.name().lastName()).isEqualTo("Ben-Ali");
    }

    @Test
    void theLanguagesSayWhetherAnInterpreterIsNeeded() {
        Person person = obligedMoroccanInLiege();
        assertThat(person.needsInterpreter()).isTrue();
        assertThat(person.interpreterLanguage()).contains(new LanguageCode("ar"));

        person.updateLanguages(LanguageCode.FRENCH, null);

        assertThat(person.needsInterpreter()).isFalse();
        assertThat(person.preferredLanguage()).contains(LanguageCode.FRENCH);
    }

    @Test
    void thePersonKeepsTheCriThatRegisteredIt() {
        Person person = obligedMoroccanInLiege();
        person.moveTo(new NisCode("92094"));

        assertThat(person.registeredByCri()).isEqualTo("CRIPEL");
        assertThat(person.communeOfResidence()).isEqualTo(new NisCode("92094"));
        assertThat(person.identity()).isEqualTo(PersonFixture.aminaBenali());
    }

    @Test
    void permitsAreListedByOrderDate() {
        Person person = obligedMoroccanInLiege();
        person.addResidencePermit(new ResidencePermit(null, PermitType.FAMILY_REUNIFICATION, LocalDate.of(2022, 1, 3),
                null, 3, null, null));

        assertThat(person.permits()).extracting(ResidencePermit::orderDate)
                .containsExactly(LocalDate.of(2022, 1, 3), MOROCCAN_PERMIT_ORDERED_ON);
    }
}
