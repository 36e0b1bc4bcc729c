package be.wallonie.parcours.api.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.deadline.WorkQueue;

/** A line of a list of case files: enough to choose which to open. */
@Schema(name = "CaseFileSummary")
public record CaseFileSummaryResponse(UUID id, UUID personId, String lastName, String firstNames,
        LocalDate birthDate, CaseFileState state, Participation participation, LocalDate openedOn,
        @Schema(nullable = true) LocalDate finalDeadline,
        @Schema(description = "The earliest deadline not done yet", nullable = true) CaseFileResponse.Due nextDue,
        List<WorkQueue> queues) {
}
