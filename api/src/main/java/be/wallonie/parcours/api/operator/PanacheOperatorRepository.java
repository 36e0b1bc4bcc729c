package be.wallonie.parcours.api.operator;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Operators, reference data of the whole Region, in PostgreSQL. */
@ApplicationScoped
public class PanacheOperatorRepository implements OperatorRepository, PanacheRepositoryBase<Operator, String> {

    @Override
    public Optional<Operator> findByCode(String code) {
        return findByIdOptional(code);
    }

    @Override
    public List<Operator> list(boolean activeOnly) {
        return activeOnly
                ? find("from Operator o where o.active = true order by o.code").list()
                : find("from Operator o order by o.code").list();
    }

    @Override
    public List<Operator> recognisedFor(Axis axis) {
        return find("from Operator o where o.active = true and ?1 member of o.recognisedAxes order by o.name, o.code",
                axis).list();
    }

    @Override
    public void add(Operator operator) {
        persist(operator);
    }

    @Override
    public void flush() {
        PanacheRepositoryBase.super.flush();
    }
}
