package be.wallonie.parcours.domain.attestation;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import be.wallonie.parcours.domain.person.NationalNumber;
import be.wallonie.parcours.domain.person.Person;

/**
 * The person's identity as it stood on the day of issue, frozen on the attestation: a later correction of the person
 * does not change an issued attestation.
 *
 * @param lastName       the family name, as registered (accents kept)
 * @param firstNames     the first names
 * @param birthDate      the date of birth
 * @param nationality    the ISO 3166 code of the nationality
 * @param nationalNumber the national register number (11 digits), or {@code null} when not known
 */
@Embeddable
public record AttestedPerson(@Column(name = "last_name") @Size(max = 200) String lastName,
        @Column(name = "first_names") @Size(max = 200) String firstNames,
        @Column(name = "birth_date") LocalDate birthDate,
        @Column(name = "nationality") @Size(max = 2) String nationality,
        @Column(name = "national_number") @Size(max = 11) String nationalNumber) {

    public AttestedPerson {
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstNames, "firstNames");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(nationality, "nationality");
    }

    static AttestedPerson of(Person person) {
        return new AttestedPerson(person.name().lastName(), person.name().firstNames(), person.birthDate(),
                person.nationality().value(), person.nationalNumber().map(NationalNumber::value).orElse(null));
    }

    public Optional<String> knownNationalNumber() {
        return Optional.ofNullable(nationalNumber);
    }
}
