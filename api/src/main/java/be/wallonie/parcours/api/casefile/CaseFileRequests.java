package be.wallonie.parcours.api.casefile;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.domain.casefile.ClosureReason;

/** The bodies of the requests that open a case file and move it; their bounds are Bean Validation (ADR 0020). */
public final class CaseFileRequests {

    private CaseFileRequests() {
    }

    @Schema(name = "OpenCaseFileRequest")
    public record Open(@Schema(required = true, maxLength = 36) UUID personId,
            @Schema(description = "Default: today; not in the future") LocalDate openedOn) {
    }

    @Schema(name = "SuspendCaseFileRequest")
    public record Suspend(
            @Size(max = RequestBounds.TEXT) @Schema(required = true, example = "Hospitalisation") String reason,
            @Schema(description = "Default: today") LocalDate on) {
    }

    @Schema(name = "ResumeCaseFileRequest")
    public record Resume(@Schema(description = "Default: today") LocalDate on) {
    }

    @Schema(name = "CloseCaseFileRequest")
    public record Close(@Schema(required = true) ClosureReason reason,
            @Size(max = RequestBounds.TEXT) @Schema(description = "Required when the reason is OTHER") String note,
            @Schema(description = "Default: today") LocalDate on) {
    }

    @Schema(name = "TransferCaseFileRequest")
    public record Transfer(
            @Size(max = 10) @Pattern(regexp = RequestBounds.CRI_CODE, message = "{issue.cri-code}") @Schema(description = "The CRI that continues the file; default: the CRI of the person's commune of residence", example = "CAI") String toCri,
            @Schema(description = "Default: today") LocalDate on,
            @Size(max = RequestBounds.TEXT) @Schema(required = true, example = "Déménagement à Namur") String reason) {
    }

    @Schema(name = "ExtendDeadlineRequest")
    public record ExtendDeadline(@Schema(required = true, example = "2028-09-10") LocalDate newDeadline,
            @Size(max = RequestBounds.TEXT) @Schema(required = true, example = "Liste d'attente pour les cours de français") String reason) {
    }

    @Schema(name = "EvaluationInterviewRequest")
    public record Interview(@Schema(required = true) LocalDate heldOn,
            @Size(max = RequestBounds.TEXT) @Schema(example = "Assidu aux cours de citoyenneté") String notes) {
    }

    @Schema(name = "CaseFileSearchRequest")
    public record Search(
            @NotBlank @Size(max = RequestBounds.NAME) @Schema(required = true, description = "Names, a national number, a phone "
                    + "or the start of a file's number", example = "amrani") String text) {
    }
}
