package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.convention.Axis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A running total of the ledger: the net hours of one axis of a case file on one day, every session and correction of
 * that day together (docs/adr/0018-attendance-running-totals.md). The database keeps them as the entries are written;
 * {@link Attendance} derives where each axis stands from them.
 *
 * @param caseFileId the case file
 * @param axis       the axis of the enrolments the hours were attended under
 * @param day        the sessions' day
 * @param hours      the net hours of that day (0 when its sessions were reversed)
 */
public record AxisDayTotal(UUID caseFileId, Axis axis, LocalDate day, BigDecimal hours) {

    public AxisDayTotal {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(hours, "hours");
    }

    /** The totals of {@code entries}, one per case file, axis and day: what the database keeps, computed in memory. */
    public static List<AxisDayTotal> sumOf(Collection<AttendanceEntry> entries) {
        record Key(UUID caseFileId, Axis axis, LocalDate day) {
        }
        Map<Key, BigDecimal> sums = new TreeMap<>(Comparator.comparing((Key key) -> key.caseFileId())
                .thenComparing(Key::axis).thenComparing(Key::day));
        for (AttendanceEntry entry : entries) {
            sums.merge(new Key(entry.caseFileId(), entry.axis(), entry.sessionDate()), entry.hours(),
                    BigDecimal::add);
        }
        return sums.entrySet().stream()
                .map(sum -> new AxisDayTotal(sum.getKey().caseFileId(), sum.getKey().axis(), sum.getKey().day(),
                        sum.getValue()))
                .toList();
    }
}
