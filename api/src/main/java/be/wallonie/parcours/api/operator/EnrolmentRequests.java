package be.wallonie.parcours.api.operator;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.domain.convention.Axis;

/** The bodies that enrol a person with an operator and end the enrolment. */
public final class EnrolmentRequests {

    private EnrolmentRequests() {
    }

    @Schema(name = "EnrolRequest")
    public record Enrol(
            @Size(max = 40) @Pattern(regexp = RequestBounds.OPERATOR_CODE, message = "{issue.operator-code}") @Schema(required = true, example = "ILI-LIEGE") String operatorCode,
            @Schema(required = true) Axis axis,
            @Schema(required = true, description = "Not before the signature of the convention") LocalDate startDate) {
    }

    @Schema(name = "CompleteEnrolmentRequest")
    public record Complete(@Schema(description = "Default: today") LocalDate on) {
    }

    @Schema(name = "WithdrawEnrolmentRequest")
    public record Withdraw(
            @Size(max = RequestBounds.TEXT) @Schema(required = true, example = "Changement d'opérateur") String reason,
            @Schema(description = "Default: today") LocalDate on) {
    }
}
