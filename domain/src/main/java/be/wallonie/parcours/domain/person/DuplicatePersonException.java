package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.shared.DomainException;
import java.util.UUID;

/**
 * A registration refused because a person with the same national register number is already registered. It names
 * that person's id (not personal data), so that the agent can open the existing file.
 */
public class DuplicatePersonException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final UUID existingPersonId;

    public DuplicatePersonException(UUID existingPersonId) {
        super("A person with this national register number is already registered: " + existingPersonId);
        this.existingPersonId = existingPersonId;
    }

    public UUID existingPersonId() {
        return existingPersonId;
    }

    @Override
    public String code() {
        return "PERSON_DUPLICATE";
    }
}
