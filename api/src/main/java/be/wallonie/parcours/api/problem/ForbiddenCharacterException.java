package be.wallonie.parcours.api.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holding a character no text of the API can hold: U+0000 (PostgreSQL refuses it) or half of a UTF-16
 * surrogate pair (no UTF-8 encodes it). Answered as a 400 {@code validation} problem naming the field.
 */
public class ForbiddenCharacterException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    public ForbiddenCharacterException(JsonParser parser) {
        super(parser, "A string holds U+0000 or an unpaired surrogate", String.class);
    }
}
