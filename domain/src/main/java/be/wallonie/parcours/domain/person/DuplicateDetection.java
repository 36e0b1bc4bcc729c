package be.wallonie.parcours.domain.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Duplicate detection at intake: the same newcomer must not get two files.
 * <ul>
 * <li>The same national register number is the same person: a <b>duplicate</b>, refused.</li>
 * <li>The same normalised names (case, accents, hyphens and spaces ignored; family and given names possibly swapped)
 * and the same birth date, or the same normalised names and nationality with birth dates at most
 * {@link #CLOSE_BIRTH_DATES one year} apart, is a <b>likely match</b>: a warning the agent must confirm.</li>
 * </ul>
 * The repository finds the candidates ({@link PersonRepository#findByNationalNumber} and
 * {@link PersonRepository#findLikelyMatches}); this class decides what they are.
 */
public final class DuplicateDetection {

    /** Birth dates this close (inclusive) make a likely match when names and nationality agree. */
    public static final Period CLOSE_BIRTH_DATES = Period.ofYears(1);

    private DuplicateDetection() {
    }

    /**
     * Looks the candidate up in the repository, across every CRI, and decides what the persons found are.
     *
     * @param self the id of the person being corrected; {@code null} at intake
     */
    public static DuplicateCandidates check(Identity candidate, UUID self, PersonRepository persons) {
        Set<Person> known = new LinkedHashSet<>();
        candidate.knownNationalNumber().flatMap(persons::findByNationalNumber).ifPresent(known::add);
        known.addAll(persons.findLikelyMatches(candidate));
        return check(candidate, self, known);
    }

    /**
     * @param candidate the identity being registered or corrected
     * @param self      the id of the person being corrected, who is not their own duplicate; {@code null} at intake
     * @param known     registered persons to compare with
     */
    public static DuplicateCandidates check(Identity candidate, UUID self, Collection<Person> known) {
        UUID duplicateOf = null;
        List<LikelyMatch> likely = new ArrayList<>();
        for (Person person : known) {
            if (person.id().equals(self)) {
                continue;
            }
            if (sameNationalNumber(candidate, person)) {
                duplicateOf = duplicateOf == null ? person.id() : duplicateOf;
            } else {
                likelyMatch(candidate, person).ifPresent(likely::add);
            }
        }
        return new DuplicateCandidates(duplicateOf, likely);
    }

    private static boolean sameNationalNumber(Identity candidate, Person person) {
        return candidate.knownNationalNumber().isPresent()
                && candidate.knownNationalNumber().equals(person.nationalNumber());
    }

    private static Optional<LikelyMatch> likelyMatch(Identity candidate, Person person) {
        NormalisedName name = candidate.name().normalised();
        NormalisedName other = person.normalisedName();
        if (!name.matches(other)) {
            return Optional.empty();
        }
        boolean swapped = !name.equals(other);
        if (candidate.birthDate().equals(person.birthDate())) {
            return Optional.of(new LikelyMatch(person.id(), LikelyMatch.Reason.SAME_NAME_AND_BIRTH_DATE, swapped));
        }
        if (candidate.nationality().equals(person.nationality())
                && areClose(candidate.birthDate(), person.birthDate())) {
            return Optional.of(new LikelyMatch(person.id(),
                    LikelyMatch.Reason.SAME_NAME_AND_NATIONALITY_CLOSE_BIRTH_DATE, swapped));
        }
        return Optional.empty();
    }

    private static boolean areClose(LocalDate one, LocalDate other) {
        return !other.isBefore(one.minus(CLOSE_BIRTH_DATES)) && !other.isAfter(one.plus(CLOSE_BIRTH_DATES));
    }
}
