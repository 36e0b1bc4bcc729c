package be.wallonie.parcours.domain.operator;

import be.wallonie.parcours.domain.convention.Axis;
import java.util.List;
import java.util.Optional;

/** Where the operators, reference data of the whole Region, are kept. */
public interface OperatorRepository {

    Optional<Operator> findByCode(String code);

    /** Every operator, ordered by code; only the active ones when {@code activeOnly}. */
    List<Operator> list(boolean activeOnly);

    /** The active operators recognised for {@code axis}, ordered by name: whom a person can be enrolled with. */
    List<Operator> recognisedFor(Axis axis);

    void add(Operator operator);

    /**
     * Writes the pending changes now, within the transaction: the version an answer then carries (its ETag) is the one
     * stored.
     */
    void flush();
}
