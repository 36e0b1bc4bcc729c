package be.wallonie.parcours.api.operator;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorKind;
import be.wallonie.parcours.domain.shared.Address;

/** A training operator and the axes the Region recognises it for. */
@Schema(name = "Operator")
public record OperatorResponse(@Schema(maxLength = ResponseBounds.OPERATOR_CODE, example = "ILI-LIEGE") String code,
        @Schema(maxLength = ResponseBounds.NAME) String name, OperatorKind kind,
        @Schema(uniqueItems = true) Set<Axis> recognisedAxes, Address address, boolean active) {

    static OperatorResponse of(Operator operator) {
        return new OperatorResponse(operator.code(), operator.name(), operator.kind(), operator.recognisedAxes(),
                operator.address(), operator.active());
    }
}
