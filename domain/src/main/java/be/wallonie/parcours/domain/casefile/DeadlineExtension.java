package be.wallonie.parcours.domain.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervisor's extension of the final deadline (<i>prolongation du délai</i>, domain rules §4), as the file's
 * timeline records it.
 *
 * @param newDeadline the new final deadline
 * @param reason      why it was extended
 * @param decidedBy   the supervisor
 * @param decidedAt   when
 */
public record DeadlineExtension(LocalDate newDeadline, String reason, String decidedBy, Instant decidedAt) {
}
