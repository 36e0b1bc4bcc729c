package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.shared.Violations;

/**
 * A person's names as written on the residence permit.
 *
 * @param lastName   the family name; required
 * @param firstNames the given names, in order; empty for a person who has a single name
 */
public record PersonName(String lastName, String firstNames) {

    public PersonName {
        Violations violations = new Violations();
        violations.requireText(lastName, "lastName");
        violations.throwIfAny();
        lastName = lastName.strip();
        firstNames = firstNames == null ? "" : firstNames.strip();
    }

    /** The names as duplicate detection and search compare them. */
    public NormalisedName normalised() {
        return NormalisedName.of(this);
    }
}
