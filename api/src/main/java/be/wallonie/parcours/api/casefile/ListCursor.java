package be.wallonie.parcours.api.casefile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.domain.deadline.ListPosition;

/**
 * The opaque {@code cursor} of a list of case files: where the previous page stopped ({@link ListPosition}), in
 * base64url. Clients send back the {@code nextCursor} they were given; anything else answers 400.
 */
final class ListCursor {

    private ListCursor() {
    }

    static String encode(ListPosition position) {
        String text = (position.day() == null ? "" : position.day().toString()) + "|" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<ListPosition> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            String day = text.substring(0, bar);
            return Optional.of(new ListPosition(day.isEmpty() ? null : LocalDate.parse(day),
                    UUID.fromString(text.substring(bar + 1))));
        } catch (RuntimeException e) {
            throw ProblemException.invalid(new ProblemException.FieldIssue("cursor", "issue.cursor"));
        }
    }
}
