package be.wallonie.parcours.api.attendance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import be.wallonie.parcours.domain.convention.Hours;

/**
 * One line of an operator's attendance file, read and checked for form (docs/api-guide-operators.md, "CSV format"):
 * the rules of the ledger are checked when it is recorded.
 *
 * @param enrolmentId the enrolment the session was attended under
 * @param sessionDate the day of the session
 * @param hours       the hours attended, in quarter hours
 * @param reference   the operator's own id of the line, used to recognise a line sent again; {@code null} when none
 */
public record AttendanceCsvLine(UUID enrolmentId, LocalDate sessionDate, Hours hours, String reference) {

    public AttendanceCsvLine {
        Objects.requireNonNull(enrolmentId, "enrolmentId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(hours, "hours");
    }

    public Optional<String> optionalReference() {
        return Optional.ofNullable(reference);
    }
}
