package be.wallonie.parcours.domain.attestation;

import be.wallonie.parcours.domain.shared.ViolationCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.shared.Violations;

/**
 * One line of the attestation: a required axis, the hours attended against the hours required, or the equivalence
 * that stands for them, and the day it was done. The attendance ledger supplies the hours and equivalences; the
 * attestation adds the day from the axis progress when it freezes the line.
 *
 * @param axis          the axis
 * @param completedOn   the day the axis was done, or {@code null} while it is not
 * @param hoursAttended the hours attended, or {@code null} when the axis is not counted in hours (the reception)
 * @param hoursRequired the hours the axis requires, or {@code null} likewise
 * @param equivalence   what completed the axis instead of hours, or {@code null}
 */
@Embeddable
public record AxisOutcome(@Enumerated(EnumType.STRING) @Column(name = "axis") Axis axis,
        @Column(name = "completed_on") LocalDate completedOn,
        @Column(name = "hours_attended") BigDecimal hoursAttended,
        @Column(name = "hours_required") BigDecimal hoursRequired, @Embedded Equivalence equivalence) {

    public AxisOutcome {
        Violations violations = new Violations();
        violations.require(axis, "axis");
        violations.check((hoursAttended == null) == (hoursRequired == null), "hoursRequired",
                ViolationCode.WITH_HOURS_ATTENDED);
        violations.check(hoursAttended == null || hoursAttended.signum() >= 0, "hoursAttended", ViolationCode.MINIMUM,
                Map.of("minimum", 0));
        violations.check(hoursRequired == null || hoursRequired.signum() > 0, "hoursRequired",
                ViolationCode.POSITIVE);
        violations.throwIfAny();
        hoursAttended = hoursAttended == null ? null : hoursAttended.setScale(2, RoundingMode.HALF_UP);
        hoursRequired = hoursRequired == null ? null : hoursRequired.setScale(2, RoundingMode.HALF_UP);
    }

    /** An axis counted in hours. */
    public static AxisOutcome hours(Axis axis, BigDecimal attended, BigDecimal required) {
        return new AxisOutcome(axis, null, attended, required, null);
    }

    /** An axis completed by an equivalence, with the hours attended before it when there were some. */
    public static AxisOutcome equivalence(Axis axis, Equivalence equivalence) {
        return new AxisOutcome(axis, null, null, null, equivalence);
    }

    /** An axis without hours (the reception module). */
    public static AxisOutcome done(Axis axis) {
        return new AxisOutcome(axis, null, null, null, null);
    }

    AxisOutcome withCompletedOn(LocalDate day) {
        return new AxisOutcome(axis, day, hoursAttended, hoursRequired, equivalence);
    }

    public Optional<Equivalence> knownEquivalence() {
        return Optional.ofNullable(equivalence);
    }

    /** {@code FRENCH (120/400 h)}, or {@code FRENCH} without hours: how a refusal names an unfinished axis. */
    String describe() {
        if (hoursAttended == null || equivalence != null) {
            return axis.name();
        }
        return axis + " (" + hoursAttended.stripTrailingZeros().toPlainString() + "/"
                + hoursRequired.stripTrailingZeros().toPlainString() + " h)";
    }
}
