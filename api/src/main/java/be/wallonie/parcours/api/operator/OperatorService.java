package be.wallonie.parcours.api.operator;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.audit.AdministrationAudit;
import be.wallonie.parcours.api.audit.FieldChanges;
import be.wallonie.parcours.api.operator.OperatorRequests.AddressRequest;
import be.wallonie.parcours.api.operator.OperatorRequests.CreateOperatorRequest;
import be.wallonie.parcours.api.operator.OperatorRequests.UpdateOperatorRequest;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;
import be.wallonie.parcours.api.shared.Versions;
import be.wallonie.parcours.domain.audit.AdministrationEvent.Action;
import be.wallonie.parcours.domain.audit.AdministrationEvent.Subject;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorRepository;
import be.wallonie.parcours.domain.shared.Address;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.Violations;
import be.wallonie.parcours.domain.territory.Commune;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/**
 * The training operators, reference data of the whole Region, which an administrator records and changes (each change
 * recorded by the {@link AdministrationAudit}). A deactivated operator keeps its running enrolments but is no longer
 * offered for new ones ({@link OperatorRepository#recognisedFor}).
 */
@ApplicationScoped
@Transactional
public class OperatorService {

    private final OperatorRepository operators;
    private final AdministrationAudit audit;
    private final TerritoryRepository territory;

    OperatorService(OperatorRepository operators, AdministrationAudit audit, TerritoryRepository territory) {
        this.operators = operators;
        this.audit = audit;
        this.territory = territory;
    }

    /** An operator and its version, for the ETag. */
    public record OperatorView(OperatorResponse operator, long version) {
    }

    /**
     * @param cri when given, only the operators whose premises lie in that CRI's territory (the commune of their
     *            postal code is served by it): whom the CRI's staff enrol its newcomers with
     */
    public List<OperatorResponse> list(Axis axis, boolean includeInactive, String cri) {
        return (axis == null ? operators.list(!includeInactive) : operators.recognisedFor(axis)).stream()
                .filter(operator -> cri == null || servedBy(operator, cri))
                .map(OperatorResponse::of)
                .toList();
    }

    private boolean servedBy(Operator operator, String cri) {
        String postalCode = operator.address() == null ? null : operator.address().postalCode();
        return postalCode != null && territory.findCommunesByPostalCode(postalCode).stream()
                .map(Commune::cri)
                .anyMatch(served -> served != null && served.code().equals(cri));
    }

    public OperatorView get(String code) {
        return view(find(code));
    }

    public OperatorView create(CreateOperatorRequest request) {
        Violations violations = new Violations();
        Address address = address(violations, request.address());
        Operator operator;
        try {
            operator = new Operator(request.code(), request.name(), request.kind(), request.recognisedAxes(), address);
        } catch (InvalidValueException e) {
            violations.absorb(e);
            violations.throwIfAny();
            throw e;
        }
        violations.throwIfAny();
        if (operators.findByCode(operator.code()).isPresent()) {
            throw ProblemException.refused("OPERATOR.CODE_TAKEN", new FieldIssue("code", "issue.code-taken"));
        }
        operators.add(operator);
        audit.record(Subject.OPERATOR, operator.code(), Action.CREATE, List.of());
        return view(operator);
    }

    public OperatorView update(String code, long expectedVersion, UpdateOperatorRequest request) {
        Operator operator = find(code);
        Versions.require(expectedVersion, operator.version());
        Violations violations = new Violations();
        Address address = address(violations, request.address());
        violations.require(request.kind(), "kind");
        violations.require(request.recognisedAxes(), "recognisedAxes");
        violations.require(request.active(), "active");
        violations.requireText(request.name(), "name");
        violations.throwIfAny();
        OperatorResponse before = OperatorResponse.of(operator);
        operator.updateDetails(request.name(), address);
        operator.reclassify(request.kind());
        operator.recogniseExactly(request.recognisedAxes());
        if (request.active()) {
            operator.reactivate();
        } else {
            operator.deactivate();
        }
        OperatorResponse after = OperatorResponse.of(operator);
        audit.record(Subject.OPERATOR, operator.code(), Action.UPDATE, new FieldChanges()
                .compare("name", before.name(), after.name())
                .compare("kind", before.kind(), after.kind())
                .compare("address", before.address(), after.address())
                .compare("recognisedAxes", before.recognisedAxes(), after.recognisedAxes())
                .compare("active", before.active(), after.active())
                .fields());
        return view(operator);
    }

    private Operator find(String code) {
        return operators.findByCode(code).orElseThrow(ProblemException::notFound);
    }

    private OperatorView view(Operator operator) {
        operators.flush();
        return new OperatorView(OperatorResponse.of(operator), operator.version());
    }

    private static Address address(Violations violations, AddressRequest address) {
        if (address == null) {
            violations.require(null, "address");
            return null;
        }
        return violations.nested("address",
                () -> new Address(address.street(), address.postalCode(), address.locality()));
    }
}
