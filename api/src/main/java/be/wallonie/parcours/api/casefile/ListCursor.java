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

    /** The days a file's list position can hold (the range of every date the API accepts, docs/rules.md). */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

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
            LocalDate position = day.isEmpty() ? null : LocalDate.parse(day);
            if (position != null && (position.isBefore(EARLIEST) || position.isAfter(LATEST))) {
                throw new IllegalArgumentException("no file has a day so far away");
            }
            return Optional.of(new ListPosition(position, UUID.fromString(text.substring(bar + 1))));
        } catch (RuntimeException e) {
            throw ProblemException.invalid(new ProblemException.FieldIssue("cursor", "issue.cursor"));
        }
    }
}
