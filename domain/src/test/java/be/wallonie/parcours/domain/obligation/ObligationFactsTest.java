package be.wallonie.parcours.domain.obligation;

import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.indianWorkerInNamur;
import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.obligedMoroccanInLiege;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.Test;

/** Facts apply the defaults of the contract, and invalid facts name each faulty field by its request path. */
class ObligationFactsTest {

    private static AbstractListAssert<?, List<? extends String>, String, ObjectAssert<String>> faultyFields(
            ObligationFacts.Builder builder) {
        InvalidValueException invalid = catchThrowableOfType(InvalidValueException.class, builder::build);
        assertThat(invalid).as("an invalid value is reported").isNotNull();
        return assertThat(invalid.violations()).extracting(Violation::field);
    }

    @Test
    void permitValidityDefaultsTo12MonthsAndLegalStayToTheOrderDate() {
        ObligationFacts facts = obligedMoroccanInLiege().legalStayStart(null)
                .permit(PermitType.WORK, LocalDate.of(2023, 3, 10), null).build();

        assertThat(facts.permit().validityMonths()).isEqualTo(12);
        assertThat(facts.legalStayStart()).isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(facts.familyMemberOf()).isEqualTo(FamilyLink.NONE);
        assertThat(facts.studyStatus()).isEqualTo(StudyStatus.NONE);
        assertThat(facts.employment()).isEmpty();
        assertThat(facts.belgianDiploma()).isFalse();
    }

    @Test
    void birthDateAfterAsOfNamesBirthDate() {
        faultyFields(obligedMoroccanInLiege().birthDate(LocalDate.of(2023, 6, 2))).contains("birthDate");
    }

    @Test
    void fractionOutsideZeroToOneNamesTheFractionOfItsPeriod() {
        faultyFields(indianWorkerInNamur()
                .employment(LocalDate.of(2023, 9, 1), null, BigDecimal.ONE)
                .employment(LocalDate.of(2023, 9, 1), null, BigDecimal.ZERO)
                .employment(LocalDate.of(2023, 9, 1), null, new BigDecimal("1.01")))
                .containsExactly("employment[1].fraction", "employment[2].fraction");
    }

    @Test
    void employmentEndingBeforeItStartsNamesItsEnd() {
        faultyFields(indianWorkerInNamur().employment(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 8, 31),
                BigDecimal.ONE)).containsExactly("employment[0].end");
    }

    @Test
    void missingPermitFieldsAreNamedUnderPermit() {
        faultyFields(obligedMoroccanInLiege().permit(null, null, 0))
                .containsExactlyInAnyOrder("permit.type", "permit.orderDate", "permit.validityMonths");
    }

    @Test
    void unknownOrLowerCaseNationalityNamesNationality() {
        faultyFields(obligedMoroccanInLiege().nationality("ZZ")).containsExactly("nationality");
        faultyFields(obligedMoroccanInLiege().nationality("ma")).containsExactly("nationality");
    }

    @Test
    void malformedOrUnknownCommuneNamesCommuneNis() {
        faultyFields(obligedMoroccanInLiege().communeNis("6206", ReferenceDataFixture.communes()))
                .containsExactly("communeNis");
        faultyFields(obligedMoroccanInLiege().communeNis("21004", ReferenceDataFixture.communes()))
                .containsExactly("communeNis");
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        faultyFields(ObligationFacts.builder().nationality("??").employment(null, null, null))
                .containsExactlyInAnyOrder("asOf", "birthDate", "nationality", "communeNis", "employment[0].start",
                        "employment[0].fraction");
    }

    @Test
    void legalStayCannotStartAfterThePermitWasOrdered() {
        faultyFields(obligedMoroccanInLiege().legalStayStart(LocalDate.of(2023, 3, 11)))
                .containsExactly("legalStayStart");
    }

    @Test
    void permitCannotBeOrderedBeforeBirth() {
        faultyFields(obligedMoroccanInLiege().birthDate(LocalDate.of(2023, 3, 11))).containsExactly("permit.orderDate");
    }

    @Test
    void invalidFactsReadAsAMessageWithoutTheirValues() {
        assertThatThrownBy(() -> obligedMoroccanInLiege().birthDate(LocalDate.of(2030, 1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("birthDate NOT_AFTER {other=asOf}; permit.orderDate NOT_BEFORE {other=birthDate}");
    }
}
