package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.shared.CountryCode;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import java.time.LocalDate;
import java.util.Map;

/**
 * A search among the persons a CRI sees. Every criterion is optional; those given must all hold.
 *
 * @param nameFragment     part of the family name or of the given names, at least {@value #MINIMUM_FRAGMENT_LENGTH}
 *                         letters or digits once normalised ({@link NormalisedName#normalise})
 * @param birthDate        the exact birth date
 * @param nationality      the nationality
 * @param nationalNumber   the national register number: in a request body, never in a URL
 * @param obligationStatus the status of the person's latest obligation assessment
 */
public record PersonCriteria(String nameFragment, LocalDate birthDate, CountryCode nationality,
        NationalNumber nationalNumber, ObligationStatus obligationStatus) {

    public static final int MINIMUM_FRAGMENT_LENGTH = 3;

    public PersonCriteria {
        if (nameFragment != null && NormalisedName.normalise(nameFragment).length() < MINIMUM_FRAGMENT_LENGTH) {
            throw new InvalidValueException("nameFragment", ViolationCode.MINIMUM_LETTERS_OR_DIGITS,
                    Map.of("minimum", MINIMUM_FRAGMENT_LENGTH));
        }
    }

    /** No criterion: every person the CRI sees. */
    public static PersonCriteria any() {
        return new PersonCriteria(null, null, null, null, null);
    }

    /**
     * The fragment as the repository compares it with the normalised names (a substring of either); {@code null}
     * without a fragment.
     */
    public String normalisedNameFragment() {
        return nameFragment == null ? null : NormalisedName.normalise(nameFragment);
    }
}
