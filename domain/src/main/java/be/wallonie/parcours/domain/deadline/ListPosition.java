package be.wallonie.parcours.domain.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a page of a list of case files stopped (keyset pagination): the sort day of its last line ({@code null} for a
 * line without one, which sorts last) and its id. The next page starts after it.
 *
 * @param day the last line's opening day (lists) or next due day (work queues)
 * @param id  the last line's case file
 */
public record ListPosition(LocalDate day, UUID id) {

    public ListPosition {
        Objects.requireNonNull(id, "id");
    }
}
