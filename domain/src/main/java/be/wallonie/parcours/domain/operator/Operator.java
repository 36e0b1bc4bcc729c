package be.wallonie.parcours.domain.operator;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.shared.Address;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A training operator (<i>opérateur</i>) recognised by the Walloon Region for some axes of the programme: reference
 * data that an administrator keeps. An operator gives hours only on the axes it is recognised for. The reception
 * module is the CRI's own and no operator is recognised for it.
 */
@Entity
@Table(name = "operator")
public class Operator {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private OperatorKind kind;
    @ElementCollection
    @CollectionTable(name = "operator_recognition", joinColumns = @JoinColumn(name = "operator_code"))
    @Enumerated(EnumType.STRING)
    @Column(name = "axis")
    private Set<Axis> recognisedAxes = new HashSet<>();
    @Embedded
    private Address address;
    private boolean active;
    @Version
    private long version;

    protected Operator() {
    }

    /**
     * @param code a stable code in upper case, such as {@code ILI-NAMUR-01}, which staff accounts and tokens carry
     * @param axes the axes the Region recognises the operator for
     */
    public Operator(String code, String name, OperatorKind kind, Set<Axis> axes, Address address) {
        Violations violations = new Violations();
        violations.check(code != null && CODE.matcher(code).matches(), "code", ViolationCode.OPERATOR_CODE);
        violations.require(kind, "kind");
        violations.require(axes, "recognisedAxes");
        violations.check(axes == null || axes.stream().noneMatch(Objects::isNull), "recognisedAxes",
                ViolationCode.REQUIRED);
        violations.throwIfAny();
        this.code = code;
        this.kind = kind;
        this.active = true;
        updateDetails(name, address);
        axes.forEach(this::recognise);
    }

    public void updateDetails(String name, Address address) {
        Violations violations = new Violations();
        violations.requireText(name, "name");
        violations.require(address, "address");
        violations.throwIfAny();
        this.name = name.strip();
        this.address = address;
    }

    /** The Region recognises the operator for {@code axis}. */
    public void recognise(Axis axis) {
        Objects.requireNonNull(axis, "axis");
        if (axis == Axis.RECEPTION) {
            throw new InvalidValueException("recognisedAxes", ViolationCode.RECEPTION_RUN_BY_CRI);
        }
        recognisedAxes.add(axis);
    }

    /**
     * The Region's recognitions become exactly {@code axes}: the new ones are added, the others withdrawn (running
     * enrolments are not affected). Refused as a whole when one of them is the reception module.
     */
    public void recogniseExactly(Set<Axis> axes) {
        Violations violations = new Violations();
        violations.require(axes, "recognisedAxes");
        violations.check(axes == null || axes.stream().noneMatch(Objects::isNull), "recognisedAxes",
                ViolationCode.REQUIRED);
        violations.throwIfAny();
        if (axes.contains(Axis.RECEPTION)) {
            throw new InvalidValueException("recognisedAxes", ViolationCode.RECEPTION_RUN_BY_CRI);
        }
        recognisedAxes.retainAll(axes);
        axes.forEach(this::recognise);
    }

    /** The operator is of another kind than first recorded (a school that became a CISP, for example). */
    public void reclassify(OperatorKind newKind) {
        Violations violations = new Violations();
        violations.require(newKind, "kind");
        violations.throwIfAny();
        this.kind = newKind;
    }

    /** The recognition for {@code axis} ends; running enrolments are not affected. */
    public void withdrawRecognition(Axis axis) {
        recognisedAxes.remove(axis);
    }

    /** The operator no longer takes enrolments. */
    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public boolean isRecognisedFor(Axis axis) {
        return recognisedAxes.contains(axis);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public OperatorKind kind() {
        return kind;
    }

    public Set<Axis> recognisedAxes() {
        Set<Axis> ordered = EnumSet.noneOf(Axis.class);
        ordered.addAll(recognisedAxes);
        return Collections.unmodifiableSet(ordered);
    }

    public Address address() {
        return address;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operator other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
