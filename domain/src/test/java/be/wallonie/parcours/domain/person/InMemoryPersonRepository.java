package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The person port as its contract says, kept in memory: enough to run duplicate detection against it. */
final class InMemoryPersonRepository implements PersonRepository {

    private final List<Person> persons = new ArrayList<>();

    @Override
    public Optional<Person> findById(UUID id, String criCode) {
        return persons.stream().filter(p -> p.id().equals(id) && p.registeredByCri().equals(criCode)).findFirst();
    }

    @Override
    public Optional<Person> findAnyById(UUID id) {
        return persons.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public Page<Person> search(PersonCriteria criteria, String criCode, Paging paging) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Optional<Person> findByNationalNumber(NationalNumber nationalNumber) {
        return persons.stream().filter(p -> p.nationalNumber().equals(Optional.of(nationalNumber))).findFirst();
    }

    @Override
    public List<Person> findLikelyMatches(Identity candidate) {
        NormalisedName name = candidate.name().normalised();
        return persons.stream()
                .filter(p -> p.normalisedName().matches(name))
                .filter(p -> !p.birthDate().isBefore(candidate.birthDate().minus(DuplicateDetection.CLOSE_BIRTH_DATES)))
                .filter(p -> !p.birthDate().isAfter(candidate.birthDate().plus(DuplicateDetection.CLOSE_BIRTH_DATES)))
                .toList();
    }

    @Override
    public boolean exists(java.util.UUID id) {
        return persons.stream().anyMatch(person -> person.id().equals(id));
    }

    @Override
    public void add(Person person) {
        persons.add(person);
    }

    @Override
    public void flush() {
        // nothing pending: every change is already in the list
    }
}
