package be.wallonie.parcours.api.casefile;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.deadline.DeadlineSchedule;
import be.wallonie.parcours.domain.deadline.ListedCaseFile;
import be.wallonie.parcours.domain.deadline.WorkQueue;

/** A line of a list of case files: enough to choose which to open. */
@Schema(name = "CaseFileSummary")
public record CaseFileSummaryResponse(UUID id, UUID personId, @Schema(maxLength = ResponseBounds.NAME) String lastName,
        @Schema(maxLength = ResponseBounds.NAME) String firstNames,
        LocalDate birthDate, CaseFileState state, Participation participation, LocalDate openedOn,
        @Schema(nullable = true) LocalDate finalDeadline,
        @Schema(description = "The earliest deadline not done yet", nullable = true) CaseFileResponse.Due nextDue,
        @Schema(uniqueItems = true) List<WorkQueue> queues,
        @Schema(description = "The NIS code of the person's commune of residence; absent on a transferred file", nullable = true, pattern = "^[0-9]{5}$", maxLength = 5) String communeNis) {

    /** A line of a list, from the file's stored deadline schedule. */
    static CaseFileSummaryResponse of(ListedCaseFile listed, LocalDate today) {
        DeadlineSchedule schedule = listed.deadlines();
        return new CaseFileSummaryResponse(listed.id(), listed.personId(), listed.lastName(), listed.firstNames(),
                listed.birthDate(), listed.state(), listed.participation(), listed.openedOn(),
                schedule.finalDeadline() == null ? null : schedule.finalDeadline().dueOn(),
                schedule.nextDue().map(due -> CaseFileResponse.Due.of(due, today)).orElse(null),
                Arrays.stream(WorkQueue.values()).filter(queue -> queue.contains(schedule, today)).toList(),
                listed.communeNis());
    }
}
