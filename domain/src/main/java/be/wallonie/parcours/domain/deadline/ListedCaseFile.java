package be.wallonie.parcours.domain.deadline;

import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.Participation;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of a list or a work queue of case files: the file, its person's name and its stored
 * {@link DeadlineSchedule}, read together without the file's parts. {@code communeNis} is the person's commune of
 * residence, {@code null} on a transferred file (the CRI no longer follows where its person lives, ADR 0031).
 */
public record ListedCaseFile(UUID id, UUID personId, String lastName, String firstNames, LocalDate birthDate,
        CaseFileState state, Participation participation, LocalDate openedOn, DeadlineSchedule deadlines,
        String communeNis) {
}
