package be.wallonie.parcours.api.attendance;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * What the operators' attendance imports did, for the Region's IT (docs/operations.md "Monitoring"):
 * {@code parcours_attendance_imports_total} by {@code outcome} ({@code recorded}: every line recorded or a duplicate;
 * {@code partly-recorded}: {@code acceptValid} with lines rejected; {@code rejected}: {@code allOrNothing} with lines
 * rejected, nothing recorded; {@code refused}: the file itself refused, e.g. its header) and
 * {@code parcours_attendance_import_lines_total} by {@code result} ({@code recorded}, {@code duplicate},
 * {@code rejected}). No operator, no person: counts only. Every series exists from the start, at 0, so that a rate
 * over it is 0 rather than nothing.
 */
@ApplicationScoped
@Startup
public class AttendanceImportMetrics {

    static final String IMPORTS = "parcours.attendance.imports";
    static final String LINES = "parcours.attendance.import.lines";

    private final MeterRegistry registry;

    AttendanceImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        List.of("recorded", "partly-recorded", "rejected", "refused")
                .forEach(o -> registry.counter(IMPORTS, "outcome", o));
        List.of("recorded", "duplicate", "rejected").forEach(r -> registry.counter(LINES, "result", r));
    }

    void imported(ImportReport report, boolean acceptValid) {
        String outcome = report.rejected() == 0 ? "recorded" : acceptValid ? "partly-recorded" : "rejected";
        registry.counter(IMPORTS, "outcome", outcome).increment();
        registry.counter(LINES, "result", "recorded").increment(report.recorded());
        registry.counter(LINES, "result", "duplicate").increment(report.duplicates());
        registry.counter(LINES, "result", "rejected").increment(report.rejected());
    }

    void refused() {
        registry.counter(IMPORTS, "outcome", "refused").increment();
    }
}
