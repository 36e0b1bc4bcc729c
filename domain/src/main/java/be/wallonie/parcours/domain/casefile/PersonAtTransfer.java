package be.wallonie.parcours.domain.casefile;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import be.wallonie.parcours.domain.person.Person;

/**
 * The person as the former CRI held them when it transferred the file: what the file's answers showed then (name,
 * birth date, nationality, the CRI of the commune of residence). The frozen file shows this from then on, whatever the
 * new CRI records later (docs/adr/0031): the former CRI keeps its own history, not the person.
 *
 * @param lastName     the family name
 * @param firstNames   the first names
 * @param birthDate    the date of birth
 * @param nationality  the ISO 3166 code of the nationality
 * @param residenceCri the CRI of the commune of residence at the transfer, or {@code null} when none is known
 */
@Embeddable
public record PersonAtTransfer(@Column(name = "held_last_name") String lastName,
        @Column(name = "held_first_names") String firstNames,
        @Column(name = "held_birth_date") LocalDate birthDate,
        @Column(name = "held_nationality") String nationality,
        @Column(name = "held_residence_cri") String residenceCri) {

    public PersonAtTransfer {
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstNames, "firstNames");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(nationality, "nationality");
    }

    /** The person as recorded now, living on the territory of {@code residenceCri}. */
    public static PersonAtTransfer of(Person person, String residenceCri) {
        return new PersonAtTransfer(person.name().lastName(), person.name().firstNames(), person.birthDate(),
                person.nationality().value(), residenceCri);
    }
}
