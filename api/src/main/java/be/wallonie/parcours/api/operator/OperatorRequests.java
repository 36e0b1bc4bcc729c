package be.wallonie.parcours.api.operator;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.OperatorKind;

/** The bodies of the administrator's requests on operators. */
public final class OperatorRequests {

    private OperatorRequests() {
    }

    @Schema(name = "OperatorAddress")
    public record AddressRequest(@Schema(example = "Rue Souverain-Pont 56") String street,
            @Schema(example = "4000") String postalCode, @Schema(example = "Liège") String locality) {
    }

    /** A newly recognised operator. */
    @Schema(name = "CreateOperatorRequest")
    public record CreateOperatorRequest(
            @Schema(example = "CISP-HUY", description = "2 to 40 upper-case letters, digits or hyphens; it never changes") String code,
            @Schema(example = "Lire et Écrire Huy-Waremme") String name, OperatorKind kind, AddressRequest address,
            @Schema(description = "never RECEPTION, which the CRI runs itself") Set<Axis> recognisedAxes) {
    }

    /** An operator's details, recognitions and whether it takes new enrolments. */
    @Schema(name = "UpdateOperatorRequest")
    public record UpdateOperatorRequest(@Schema(example = "Lire et Écrire Huy-Waremme") String name, OperatorKind kind,
            AddressRequest address,
            @Schema(description = "exactly the axes it is recognised for from now on; never RECEPTION") Set<Axis> recognisedAxes,
            @Schema(description = "false: no new enrolment; running enrolments go on") Boolean active) {
    }
}
