package be.wallonie.parcours.domain.person;

import java.util.Objects;
import java.util.UUID;

/**
 * A registered person who may be the one being registered: a warning that the agent must confirm or dismiss.
 *
 * @param personId     the registered person
 * @param reason       why the two look alike
 * @param namesSwapped whether the names match only with the family name and the given names swapped
 */
public record LikelyMatch(UUID personId, Reason reason, boolean namesSwapped) {

    /** What makes a match likely. */
    public enum Reason {
        /** The same normalised names and the same birth date. */
        SAME_NAME_AND_BIRTH_DATE,
        /** The same normalised names, the same nationality, and birth dates at most a year apart. */
        SAME_NAME_AND_NATIONALITY_CLOSE_BIRTH_DATE
    }

    public LikelyMatch {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(reason, "reason");
    }
}
