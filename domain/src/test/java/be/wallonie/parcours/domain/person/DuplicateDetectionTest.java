package be.wallonie.parcours.domain.person;

import static be.wallonie.parcours.domain.person.PersonFixture.identity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.shared.NisCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection at intake: the same national number is refused; the same normalised names with the same birth
 * date, or with the same nationality and a birth date within a year, is a likely match to confirm.
 */
class DuplicateDetectionTest {

    private static final LocalDate BORN = LocalDate.of(1993, 5, 2);

    private final Person registered = register(identity("Benali", "Amina", BORN, "MA", "93050212359"));

    private static Person register(Identity identity) {
        return new Person(identity, new NisCode("62063"), "CRIPEL", Staff.at(LocalDate.of(2023, 4, 3)));
    }

    private DuplicateCandidates check(Identity candidate) {
        return DuplicateDetection.check(candidate, null, List.of(registered));
    }

    @Test
    void theSameNationalNumberIsADuplicateThatIsRefused() {
        DuplicateCandidates found = check(identity("Other", "Name", LocalDate.of(1970, 1, 1), "DZ", "93.05.02-123.59"));

        assertThat(found.isDuplicate()).isTrue();
        assertThat(found.duplicateOf()).contains(registered.id());
        assertThatThrownBy(found::refuseDuplicate)
                .isInstanceOfSatisfying(DuplicatePersonException.class,
                        refused -> assertThat(refused.existingPersonId()).isEqualTo(registered.id()))
                .hasMessageContaining(registered.id().toString())
                .hasMessageNotContaining("93050212359");
    }

    @Test
    void theSameNormalisedNamesAndBirthDateAreALikelyMatch() {
        DuplicateCandidates found = check(identity("BEN-ALI", "Âmina", BORN, "DZ", null));

        assertThat(found.isDuplicate()).isFalse();
        assertThat(found.needsConfirmation()).isTrue();
        assertThat(found.likelyMatches()).containsExactly(
                new LikelyMatch(registered.id(), LikelyMatch.Reason.SAME_NAME_AND_BIRTH_DATE, false));
        found.refuseDuplicate();
    }

    @Test
    void swappedNamesWithTheSameBirthDateAreALikelyMatchMarkedAsSwapped() {
        assertThat(check(identity("Amina", "Benali", BORN, "MA", null)).likelyMatches()).containsExactly(
                new LikelyMatch(registered.id(), LikelyMatch.Reason.SAME_NAME_AND_BIRTH_DATE, true));
    }

    @Test
    void theSameNamesAndNationalityWithABirthDateWithinAYearAreALikelyMatch() {
        for (LocalDate close : List.of(BORN.plusDays(1), BORN.minusYears(1), BORN.plusYears(1))) {
            assertThat(check(identity("Benali", "Amina", close, "MA", null)).likelyMatches()).as(close.toString())
                    .extracting(LikelyMatch::reason)
                    .containsExactly(LikelyMatch.Reason.SAME_NAME_AND_NATIONALITY_CLOSE_BIRTH_DATE);
        }
    }

    @Test
    void birthDatesMoreThanAYearApartAreNoMatch() {
        assertThat(check(identity("Benali", "Amina", BORN.plusYears(1).plusDays(1), "MA", null)).likelyMatches())
                .isEmpty();
        assertThat(check(identity("Benali", "Amina", BORN.minusYears(1).minusDays(1), "MA", null)).likelyMatches())
                .isEmpty();
    }

    @Test
    void aCloseBirthDateWithAnotherNationalityIsNoMatch() {
        assertThat(check(identity("Benali", "Amina", BORN.plusDays(1), "DZ", null)).likelyMatches()).isEmpty();
    }

    @Test
    void otherNamesWithTheSameBirthDateAreNoMatch() {
        assertThat(check(identity("Benali", "Amira", BORN, "MA", null)).needsConfirmation()).isFalse();
    }

    @Test
    void withoutANationalNumberThereIsNeverAnExactDuplicate() {
        Person withoutNumber = register(identity("Haddad", "Omar", BORN, "SY", null));

        DuplicateCandidates found = DuplicateDetection.check(identity("Haddad", "Omar", BORN, "SY", null), null,
                List.of(withoutNumber));

        assertThat(found.isDuplicate()).isFalse();
        assertThat(found.likelyMatches()).hasSize(1);
    }

    @Test
    void aPersonWhoseIdentityIsCorrectedIsNotTheirOwnDuplicate() {
        DuplicateCandidates found = DuplicateDetection.check(registered.identity(), registered.id(),
                List.of(registered));

        assertThat(found.isDuplicate()).isFalse();
        assertThat(found.needsConfirmation()).isFalse();
    }

    @Test
    void theSameNumberWithOtherNamesIsStillADuplicate() {
        Person other = register(identity("Haddad", "Omar", BORN, "SY", null));

        DuplicateCandidates found = DuplicateDetection.check(identity("B.", "A.", BORN, "MA", "93050212359"), null,
                List.of(other, registered));

        assertThat(found.duplicateOf()).contains(registered.id());
        assertThat(found.likelyMatches()).isEmpty();
    }

    @Test
    void theRepositoryIsSearchedAcrossCrisByNumberAndByName() {
        InMemoryPersonRepository persons = new InMemoryPersonRepository();
        persons.add(registered);
        Person namesake = register(identity("Benali", "Amina", BORN.plusMonths(3), "MA", null));
        persons.add(namesake);

        DuplicateCandidates found = DuplicateDetection.check(identity("Benali", "Amina", BORN, "MA", "93050212359"),
                null, persons);

        assertThat(found.duplicateOf()).contains(registered.id());
        assertThat(found.likelyMatches()).extracting(LikelyMatch::personId).containsExactly(namesake.id());
    }
}
