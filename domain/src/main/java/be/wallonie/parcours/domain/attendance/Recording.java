package be.wallonie.parcours.domain.attendance;

/**
 * What a recording in the attendance ledger did.
 *
 * @param entry             the entry added (a session or a correction); {@code null} for an equivalence
 * @param equivalence       the equivalence added; {@code null} for an entry
 * @param axis              where the axis of the recording stands now
 * @param parcoursDone whether every axis the signed convention requires is done now: the caller then completes the
 *                    case file with {@link AttendanceLedger#completeParcoursIfDone}
 */
public record Recording(AttendanceEntry entry, AxisEquivalence equivalence, AxisAttendance axis,
        boolean parcoursDone) {
}
