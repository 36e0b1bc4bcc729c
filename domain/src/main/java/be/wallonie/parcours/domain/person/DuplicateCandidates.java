package be.wallonie.parcours.domain.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What duplicate detection found for a person being registered or corrected: the person already registered with the
 * same national number, if any, and the likely matches to confirm.
 *
 * @param existingPersonId the person with the same national number, or {@code null}
 * @param likelyMatches    the persons who look alike, without the exact match
 */
public record DuplicateCandidates(UUID existingPersonId, List<LikelyMatch> likelyMatches) {

    public DuplicateCandidates {
        likelyMatches = List.copyOf(likelyMatches);
    }

    /** The person already registered with the same national number. */
    public Optional<UUID> duplicateOf() {
        return Optional.ofNullable(existingPersonId);
    }

    public boolean isDuplicate() {
        return existingPersonId != null;
    }

    /** Whether the agent must confirm that the person is not one of the likely matches. */
    public boolean needsConfirmation() {
        return !likelyMatches.isEmpty();
    }

    /** Refuses an exact duplicate; likely matches are warnings and pass. */
    public void refuseDuplicate() {
        if (isDuplicate()) {
            throw new DuplicatePersonException(existingPersonId);
        }
    }
}
