package be.wallonie.parcours.api.operator;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.OperatorKind;

/** The bodies of the administrator's requests on operators; their bounds are Bean Validation (ADR 0020). */
public final class OperatorRequests {

    private OperatorRequests() {
    }

    @Schema(name = "OperatorAddress")
    public record AddressRequest(
            @Size(max = RequestBounds.STREET) @Schema(example = "Rue Souverain-Pont 56") String street,
            @Size(max = 4) @Pattern(regexp = RequestBounds.POSTAL_CODE, message = "{issue.postal-code}") @Schema(example = "4000") String postalCode,
            @Size(max = RequestBounds.LOCALITY) @Schema(example = "Liège") String locality) {
    }

    /** A newly recognised operator. */
    @Schema(name = "CreateOperatorRequest")
    public record CreateOperatorRequest(
            @Size(max = 40) @Pattern(regexp = RequestBounds.NEW_OPERATOR_CODE, message = "{violation.OPERATOR_CODE}") @Schema(example = "CISP-HUY", description = "2 to 40 upper-case letters, digits or hyphens; it never changes") String code,
            @Size(max = RequestBounds.NAME) @Schema(example = "Lire et Écrire Huy-Waremme") String name,
            OperatorKind kind,
            @Valid AddressRequest address,
            @Size(max = RequestBounds.AXES) @Schema(description = "never RECEPTION, which the CRI runs itself") Set<@NotNull Axis> recognisedAxes) {
    }

    /** An operator's details, recognitions and whether it takes new enrolments. */
    @Schema(name = "UpdateOperatorRequest")
    public record UpdateOperatorRequest(
            @Size(max = RequestBounds.NAME) @Schema(example = "Lire et Écrire Huy-Waremme") String name,
            OperatorKind kind, @Valid AddressRequest address,
            @Size(max = RequestBounds.AXES) @Schema(description = "exactly the axes it is recognised for from now on; never RECEPTION") Set<@NotNull Axis> recognisedAxes,
            @Schema(description = "false: no new enrolment; running enrolments go on") Boolean active) {
    }
}
