package be.wallonie.parcours.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.shared.Address;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The values a person is made of validate themselves and name each faulty field. */
class PersonValuesTest {

    private static void faultyFields(ThrowingCallable construction, String... fields) {
        assertThatThrownBy(construction).isInstanceOfSatisfying(InvalidValueException.class,
                invalid -> assertThat(invalid.violations()).extracting(Violation::field).containsExactly(fields));
    }

    @Test
    void aPermitIsNotIssuedBeforeItIsOrderedNorDoesItsLegalStayStartAfter() {
        LocalDate ordered = LocalDate.of(2023, 3, 10);
        faultyFields(() -> new ResidencePermit(CardType.A, PermitType.WORK, ordered, ordered.minusDays(1), 12,
                ordered.plusDays(1), null), "issueDate", "legalStayStart");
    }

    @Test
    void aPermitNeedsItsBasisOrderDateAndAPositiveValidity() {
        faultyFields(() -> new ResidencePermit(null, null, null, null, 0, null, null), "permitType", "orderDate",
                "validityMonths");
    }

    @Test
    void aPermitWithoutAFamilyLinkRestsOnNone() {
        ResidencePermit permit = new ResidencePermit(null, PermitType.WORK, LocalDate.of(2023, 3, 10), null, 12, null,
                null);

        assertThat(permit.familyLink()).isEqualTo(FamilyLink.NONE);
        assertThat(permit.effectiveLegalStayStart()).isEqualTo(LocalDate.of(2023, 3, 10));
    }

    @Test
    void anIdentityNeedsNamesBirthDateAndNationality() {
        faultyFields(() -> new Identity(null, null, null, null), "name", "birthDate", "nationality");
        faultyFields(() -> new PersonName(" ", "Amina"), "lastName");
    }

    @Test
    void contactDetailsAreCheckedAndBlanksAreAbsent() {
        faultyFields(() -> new Contact(null, "call me", "not-an-email"), "phone", "email");
        assertThat(new Contact(null, " ", "")).isEqualTo(Contact.NONE);
        faultyFields(() -> new Address("Rue X 1", "40000", " "), "postalCode", "locality");
    }

    @Test
    void aNameFragmentHasAtLeastThreeLettersOnceNormalised() {
        faultyFields(() -> new PersonCriteria("é-l", null, null, null, null), "nameFragment");
        assertThat(new PersonCriteria("Bén-A", null, null, null, null).normalisedNameFragment()).isEqualTo("bena");
        assertThat(PersonCriteria.any().normalisedNameFragment()).isNull();
    }
}
