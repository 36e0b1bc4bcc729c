package be.wallonie.parcours.api.attestation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.attendance.AxisAttendance;
import be.wallonie.parcours.domain.attendance.AxisEquivalence;
import be.wallonie.parcours.domain.attendance.AxisEquivalenceKind;
import be.wallonie.parcours.domain.attestation.AxisOutcome;
import be.wallonie.parcours.domain.attestation.AxisOutcomes;
import be.wallonie.parcours.domain.attestation.Equivalence;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;

/**
 * The lines of an attestation from the attendance ledger: for each axis the signed convention requires, the hours
 * attended against the hours required, or the equivalence (A2 certificate, work release) that completed it; the
 * reception module without hours.
 */
@ApplicationScoped
public class LedgerAxisOutcomes implements AxisOutcomes {

    private final AttendanceLedger ledger;
    private final ConventionRepository conventions;

    LedgerAxisOutcomes(AttendanceLedger ledger, ConventionRepository conventions) {
        this.ledger = ledger;
        this.conventions = conventions;
    }

    @Override
    public List<AxisOutcome> of(CaseFile caseFile) {
        Convention convention = conventions.findByCaseFile(caseFile.id()).orElse(null);
        if (convention == null) {
            return List.of();
        }
        Attendance attendance = ledger.attendanceOf(caseFile);
        return convention.requiredAxes().stream()
                .map(axis -> axis == Axis.RECEPTION
                        ? AxisOutcome.done(axis)
                        : outcome(axis, attendance.axis(axis, Attendance.requirementsDayOf(convention))))
                .toList();
    }

    private static AxisOutcome outcome(Axis axis, AxisAttendance attended) {
        return attended.completedBy()
                .map(LedgerAxisOutcomes::equivalence)
                .map(equivalence -> AxisOutcome.equivalence(axis, equivalence))
                .orElseGet(() -> AxisOutcome.hours(axis, attended.hoursDone(), attended.hoursRequired()));
    }

    private static Equivalence equivalence(AxisEquivalence equivalence) {
        return equivalence.kind() == AxisEquivalenceKind.WORK_RELEASE
                ? Equivalence.workRelease(equivalence.effectiveOn())
                : Equivalence.a2Certificate(equivalence.effectiveOn(), equivalence.issuer().orElse("—"));
    }
}
