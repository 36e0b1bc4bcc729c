package be.wallonie.parcours.api.operator;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.OperatorRepository;

/** The training operators, reference data of the whole Region. */
@ApplicationScoped
@Transactional
public class OperatorService {

    private final OperatorRepository operators;

    OperatorService(OperatorRepository operators) {
        this.operators = operators;
    }

    public List<OperatorResponse> list(Axis axis, boolean includeInactive) {
        return (axis == null ? operators.list(!includeInactive) : operators.recognisedFor(axis)).stream()
                .map(OperatorResponse::of)
                .toList();
    }

    public OperatorResponse get(String code) {
        return operators.findByCode(code).map(OperatorResponse::of).orElseThrow(ProblemException::notFound);
    }
}
