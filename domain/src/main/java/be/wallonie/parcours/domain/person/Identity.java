package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.shared.CountryCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What identifies a newcomer (<i>identité</i>) at intake, and what duplicate detection compares.
 *
 * @param name           the names
 * @param birthDate      date of birth
 * @param nationality    the nationality, ISO 3166-1 alpha-2
 * @param nationalNumber the national register (or BIS) number, or {@code null} when not known yet
 */
public record Identity(PersonName name, LocalDate birthDate, CountryCode nationality, NationalNumber nationalNumber) {

    public Identity {
        Violations violations = new Violations();
        violations.require(name, "name");
        violations.require(birthDate, "birthDate");
        violations.require(nationality, "nationality");
        violations.throwIfAny();
    }

    public Optional<NationalNumber> knownNationalNumber() {
        return Optional.ofNullable(nationalNumber);
    }
}
