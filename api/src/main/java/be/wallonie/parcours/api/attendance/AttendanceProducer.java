package be.wallonie.parcours.api.attendance;

import java.math.BigDecimal;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.attendance.AttendanceRepository;
import be.wallonie.parcours.domain.attendance.AxisEquivalenceRepository;

/**
 * The attendance ledger as a bean, with the most hours a person attends on one day (setting
 * {@code parcours.attendance.max-hours-per-day}, 8 by default; more than 0, at most 24, in quarter hours).
 */
public class AttendanceProducer {

    @Produces
    @Singleton
    AttendanceLedger ledger(AttendanceRepository entries, AxisEquivalenceRepository equivalences,
            @ConfigProperty(name = "parcours.attendance.max-hours-per-day", defaultValue = "8") BigDecimal maxHoursPerDay) {
        try {
            return new AttendanceLedger(entries, equivalences, maxHoursPerDay);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid parcours.attendance.max-hours-per-day: " + e.getMessage(), e);
        }
    }
}
