package be.wallonie.parcours.domain.deadline;

import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.Participation;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of a list or a work queue of case files: the file, its person's name and its stored
 * {@link DeadlineSchedule}, read together without the file's parts.
 */
public record ListedCaseFile(UUID id, UUID personId, String lastName, String firstNames, LocalDate birthDate,
        CaseFileState state, Participation participation, LocalDate openedOn, DeadlineSchedule deadlines) {
}
