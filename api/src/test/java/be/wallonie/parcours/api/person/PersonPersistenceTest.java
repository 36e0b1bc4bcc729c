package be.wallonie.parcours.api.person;

import static be.wallonie.parcours.api.person.PersonFixture.AGENT;
import static be.wallonie.parcours.api.person.PersonFixture.CAI;
import static be.wallonie.parcours.api.person.PersonFixture.CRIPEL;
import static be.wallonie.parcours.api.person.PersonFixture.LIEGE;
import static be.wallonie.parcours.api.person.PersonFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.domain.assessment.AssessmentRepository;
import be.wallonie.parcours.domain.assessment.DispenseEvidence;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.obligation.ObligationCode;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.obligation.ObligationRules;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.obligation.RuleSetVersion;
import be.wallonie.parcours.domain.person.CardType;
import be.wallonie.parcours.domain.person.Contact;
import be.wallonie.parcours.domain.person.NationalNumber;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonCriteria;
import be.wallonie.parcours.domain.person.PersonRepository;
import be.wallonie.parcours.domain.person.ResidencePermit;
import be.wallonie.parcours.domain.shared.CountryCode;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import be.wallonie.parcours.api.obligation.CommunesOfResidence;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Persons in PostgreSQL: a CRI sees only the persons it registered or follows, in lookups, searches and counts; searches
 * are paged by the database; a national number is registered once in the Region, as the database enforces.
 */
@QuarkusTest
class PersonPersistenceTest {

    private static final LocalDate REGISTERED_ON = LocalDate.of(2024, 3, 4);

    @Inject
    PersonRepository persons;
    @Inject
    AssessmentRepository assessments;
    @Inject
    CaseFileRepository caseFiles;
    @Inject
    ObligationRules rules;
    @Inject
    ObligationSettings settings;
    @Inject
    CommunesOfResidence communes;

    @Test
    void anotherCrisPersonAndCaseFileAreNotFound() {
        Person person = PersonFixture.registered(PersonFixture.uniqueName("Haddad"), "Youssef",
                LocalDate.of(1988, 7, 1), CRIPEL, REGISTERED_ON);
        UUID fileId = inTransaction(() -> {
            persons.add(person);
            ObligationAssessment assessment = assessed(person);
            assessments.add(assessment);
            CaseFile file = CaseFile.open(assessment, List.of(), REGISTERED_ON, AGENT, at(REGISTERED_ON));
            caseFiles.add(file);
            return file.id();
        });

        inTransaction(() -> {
            /* Registered without any contact: the empty embeddable comes back as Contact.NONE, not null. */
            assertThat(persons.findById(person.id(), CRIPEL).orElseThrow().contact()).isEqualTo(Contact.NONE);
            assertThat(persons.findById(person.id(), CAI)).isEmpty();
            assertThat(caseFiles.findById(fileId, CRIPEL)).isPresent();
            assertThat(caseFiles.findById(fileId, CAI)).isEmpty();
            assertThat(caseFiles.followedUpBy(CAI)).extracting(CaseFile::id).doesNotContain(fileId);
            String fragment = person.name().lastName();
            assertThat(persons.search(byName(fragment), CAI, new Paging(1, 10)).total()).isZero();
            assertThat(persons.search(byName(fragment), CRIPEL, new Paging(1, 10)).items())
                    .extracting(Person::id).containsExactly(person.id());
            return null;
        });
    }

    @Test
    void aCriSeesThePersonsWhoseCurrentFileItHoldsAndThoseItRegisteredWhoHaveNone() {
        /* Registered by CAI, living in Liège: CRIPEL sees the person once it holds the current file, CAI no more. */
        Person person = PersonFixture.registered(PersonFixture.uniqueName("Mensah"), "Kofi",
                LocalDate.of(1990, 1, 20), CAI, REGISTERED_ON);
        inTransaction(() -> {
            persons.add(person);
            return null;
        });
        assertThat(inTransaction(() -> persons.findById(person.id(), CRIPEL))).isEmpty();

        inTransaction(() -> {
            ObligationAssessment assessment = assessed(persons.findById(person.id(), CAI).orElseThrow());
            assessments.add(assessment);
            caseFiles.add(CaseFile.open(assessment, List.of(), REGISTERED_ON, AGENT, at(REGISTERED_ON)));
            return null;
        });
        assertThat(inTransaction(() -> persons.findById(person.id(), CRIPEL))).isPresent();
        assertThat(inTransaction(() -> persons.findById(person.id(), CAI))).isEmpty();
    }

    @Test
    void searchCountsAndPagesInTheDatabaseAmongThePersonsTheCriSees() {
        String family = PersonFixture.uniqueName("Diallo");
        List<String> firstNames = List.of("Aissatou", "Boubacar", "Coumba", "Djenabou", "Elhadj");
        inTransaction(() -> {
            for (String firstName : firstNames) {
                persons.add(PersonFixture.registered(family, firstName, LocalDate.of(1995, 5, 5), CRIPEL,
                        REGISTERED_ON));
            }
            persons.add(PersonFixture.registered(family, "Fatoumata", LocalDate.of(1995, 5, 5), CAI, REGISTERED_ON));
            persons.add(PersonFixture.registered(family, "Gando", LocalDate.of(1995, 5, 5), CAI, REGISTERED_ON));
            return null;
        });

        inTransaction(() -> {
            /* A fragment in the middle of the family name, with capitals and an accent, matches once normalised. */
            String fragment = family.substring(2, 9).toUpperCase().replace('A', 'Á');
            Page<Person> second = persons.search(byName(fragment), CRIPEL, new Paging(2, 2));
            assertThat(second.total()).isEqualTo(5);
            assertThat(second.page()).isEqualTo(2);
            assertThat(second.pageSize()).isEqualTo(2);
            assertThat(second.items()).extracting(p -> p.name().firstNames()).containsExactly("Coumba", "Djenabou");
            assertThat(persons.search(byName(fragment), CRIPEL, new Paging(3, 2)).items())
                    .extracting(p -> p.name().firstNames()).containsExactly("Elhadj");
            Page<Person> beyond = persons.search(byName(fragment), CRIPEL, new Paging(4, 2));
            assertThat(beyond.items()).isEmpty();
            assertThat(beyond.total()).isEqualTo(5);
            assertThat(persons.search(byName(fragment), CAI, new Paging(1, 10)).items())
                    .extracting(p -> p.name().firstNames()).containsExactly("Fatoumata", "Gando");
            /* A given name matches too; every criterion given must hold. */
            assertThat(persons.search(new PersonCriteria("boubacar", LocalDate.of(1995, 5, 5),
                    new CountryCode("MA"), null, null), CRIPEL, new Paging(1, 200)).items())
                    .extracting(p -> p.name().lastName()).contains(family);
            assertThat(persons.search(new PersonCriteria(family, LocalDate.of(1995, 5, 6), null, null, null),
                    CRIPEL, new Paging(1, 10)).total()).isZero();
            assertThat(persons.search(new PersonCriteria(family, null, new CountryCode("SN"), null, null),
                    CRIPEL, new Paging(1, 10)).total()).isZero();
            return null;
        });
    }

    @Test
    void searchByNationalNumberAndByTheStatusOfTheLatestAssessment() {
        String family = PersonFixture.uniqueName("Okafor");
        LocalDate birthDate = LocalDate.of(1987, 9, 9);
        NationalNumber number = PersonFixture.nationalNumber(birthDate);
        Person dispensed = new Person(PersonFixture.identity(family, "Chidi", birthDate, "NG", number), LIEGE, CRIPEL,
                at(REGISTERED_ON));
        Person obliged = PersonFixture.registered(family, "Ngozi", birthDate, CRIPEL, REGISTERED_ON);
        for (Person person : List.of(dispensed, obliged)) {
            person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.WORK, LocalDate.of(2024, 2, 1),
                    null, 12, null, null));
        }
        inTransaction(() -> {
            persons.add(dispensed);
            persons.add(obliged);
            assessments.add(assessed(dispensed));
            assessments.add(assessed(obliged));
            return null;
        });
        /* A supervisor then records a medical dispense for Chidi: his latest status is DISPENSED. */
        DispenseEvidence evidence = new DispenseEvidence("medical certificate", REGISTERED_ON.plusDays(5),
                "Dr Lemaire, CHU de Liège", REGISTERED_ON.plusDays(7));
        inTransaction(() -> {
            assessments.add(ObligationAssessment.recordedDispense(dispensed.id(), CRIPEL, ObligationCode.D1,
                    RuleSetVersion.applicableOn(REGISTERED_ON, settings), evidence, "Long-term illness",
                    "superviseur.cripel", at(REGISTERED_ON.plusDays(7))));
            return null;
        });

        inTransaction(() -> {
            assertThat(assessments.historyOf(dispensed.id())).extracting(ObligationAssessment::status)
                    .containsExactly(ObligationStatus.DISPENSED, ObligationStatus.OBLIGED);
            assertThat(assessments.findLatest(dispensed.id()).orElseThrow().evidence()).contains(evidence);
            assertThat(searchFamily(family, ObligationStatus.DISPENSED)).containsExactly(dispensed.id());
            assertThat(searchFamily(family, ObligationStatus.OBLIGED)).containsExactly(obliged.id());
            assertThat(persons.search(new PersonCriteria(null, null, null, number, null), CRIPEL, new Paging(1, 10))
                    .items()).extracting(Person::id).containsExactly(dispensed.id());
            assertThat(persons.search(new PersonCriteria(null, null, null, number, null), CAI, new Paging(1, 10))
                    .total()).isZero();
            return null;
        });
    }

    @Test
    void theDatabaseRegistersANationalNumberOnce() {
        LocalDate birthDate = LocalDate.of(1992, 12, 24);
        NationalNumber number = PersonFixture.nationalNumber(birthDate);
        Person first = new Person(PersonFixture.identity(PersonFixture.uniqueName("Kowalski"), "Jan", birthDate, "UA",
                number), LIEGE, CRIPEL, at(REGISTERED_ON));
        inTransaction(() -> {
            persons.add(first);
            return null;
        });

        Person again = new Person(PersonFixture.identity(PersonFixture.uniqueName("Kovalenko"), "Ivan", birthDate, "UA",
                number), LIEGE, CAI, at(REGISTERED_ON));
        assertThatThrownBy(() -> inTransaction(() -> {
            persons.add(again);
            return null;
        })).rootCause().hasMessageContaining("person_national_number_uq");

        inTransaction(() -> {
            assertThat(persons.findByNationalNumber(number)).map(Person::id).contains(first.id());
            assertThat(persons.findById(again.id(), CAI)).isEmpty();
            return null;
        });
        /* Persons without a national number are many. */
        inTransaction(() -> {
            persons.add(PersonFixture.registered(PersonFixture.uniqueName("Nonumber"), "A", birthDate, CAI,
                    REGISTERED_ON));
            persons.add(PersonFixture.registered(PersonFixture.uniqueName("Nonumber"), "B", birthDate, CAI,
                    REGISTERED_ON));
            return null;
        });
    }

    @Test
    void likelyMatchesAreFoundAcrossCrisWithSwappedNamesAndCloseBirthDates() {
        String family = PersonFixture.uniqueName("Nguyen");
        Person registered = PersonFixture.registered(family, "Thi Lan", LocalDate.of(1985, 6, 15), CAI,
                REGISTERED_ON);
        inTransaction(() -> {
            persons.add(registered);
            persons.add(PersonFixture.registered(family, "Thi Lan", LocalDate.of(1987, 6, 15), CAI, REGISTERED_ON));
            return null;
        });

        inTransaction(() -> {
            assertThat(persons.findLikelyMatches(PersonFixture.identity("Thi-Lan", family.toUpperCase(),
                    LocalDate.of(1986, 1, 1), "VN", null))).extracting(Person::id).containsExactly(registered.id());
            assertThat(persons.findLikelyMatches(PersonFixture.identity(family, "Thi Lan",
                    LocalDate.of(1985, 6, 15), "VN", null))).extracting(Person::id).containsExactly(registered.id());
            return null;
        });
    }

    private List<UUID> searchFamily(String family, ObligationStatus status) {
        return persons.search(new PersonCriteria(family, null, null, null, status), CRIPEL, new Paging(1, 10))
                .items().stream().map(Person::id).toList();
    }

    private ObligationAssessment assessed(Person person) {
        var verdict = rules.evaluate(person.obligationFacts(REGISTERED_ON, communes::find));
        return ObligationAssessment.ofVerdict(person.id(), verdict, REGISTERED_ON, "{}", "[]", AGENT,
                at(REGISTERED_ON));
    }

    private static PersonCriteria byName(String fragment) {
        return new PersonCriteria(fragment, null, null, null, null);
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
