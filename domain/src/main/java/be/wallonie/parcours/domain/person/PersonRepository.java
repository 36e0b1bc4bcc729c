package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where persons are kept. A CRI sees a person it registered or one of whose case files it holds (a transferred-out
 * file included, for its own history); a person it does not see is not found, as if it did not exist.
 */
public interface PersonRepository {

    /** The person, if the CRI sees it. */
    Optional<Person> findById(UUID id, String criCode);

    /**
     * The persons the CRI sees that meet every criterion given, ordered by normalised family name, given names and
     * id. A name fragment matches a substring of {@link Person#normalisedName()}'s family name or given names.
     */
    Page<Person> search(PersonCriteria criteria, String criCode, Paging paging);

    /** Across every CRI: a national number is registered once in the whole Region. */
    Optional<Person> findByNationalNumber(NationalNumber nationalNumber);

    /**
     * Across every CRI: the persons whose normalised names equal the candidate's, in the same places or swapped, and
     * whose birth date is at most {@link DuplicateDetection#CLOSE_BIRTH_DATES} from the candidate's.
     * {@link DuplicateDetection#check} then decides which are likely matches.
     */
    List<Person> findLikelyMatches(Identity candidate);

    /** Across every CRI: whether the person exists (for an administrator, who sees no case data). */
    boolean exists(UUID id);

    /** The person of a case file the caller already reached (its tenancy checked through the file). */
    Optional<Person> findAnyById(UUID id);

    void add(Person person);

    /**
     * Writes the pending changes now, within the transaction: the version an answer then carries (its ETag) is the one
     * stored.
     */
    void flush();
}
