package be.wallonie.parcours.api.audit;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the audit trail of a period is as it was sealed: each day that holds rows, and the first one broken. */
@Schema(name = "AuditIntegrity")
public record AuditIntegrityResponse(
        @Schema(example = "2026-11-01") LocalDate from,
        @Schema(example = "2026-11-30") LocalDate to,
        @Schema(description = "true when no day of the period is broken (open days, not sealed yet, count as holding)") boolean intact,
        @Schema(description = "the first broken day, or null", nullable = true) Day firstBroken,
        @Schema(maxItems = AuditIntegrityService.MAX_DAYS + 1) List<Day> days) {

    /** One day (UTC) of the trail. */
    @Schema(name = "AuditIntegrityDay")
    public record Day(
            @Schema(example = "2026-11-03") LocalDate day,
            @Schema(description = "INTACT, OPEN (not sealed yet), ROW_ALTERED (brokenRow's content no longer matches its hash), "
                    + "ROWS_CHANGED (rows added, removed or rehashed since the seal), CHAIN_BROKEN (a seal removed or "
                    + "rewritten), UNSEALED_ROWS (rows written into a sealed period)", maxLength = 20, example = "INTACT") String status,
            @Schema(description = "rows when the day was sealed; null when not sealed", nullable = true, minimum = "0", maximum = "9223372036854775807", example = "1204") Long rowsSealed,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "1204") long rowsFound,
            @Schema(description = "the table of the first altered row", nullable = true, maxLength = 40, example = "audit_event") String brokenTrail,
            @Schema(description = "the id of the first altered row", nullable = true, maxLength = 40, example = "5b0c7f1e-2f7a-4a53-9d0b-0a8e6c1f2b3d") String brokenRow) {

        static Day of(PanacheAuditSeals.DayCheck check) {
            return new Day(check.day(), check.status(), check.rowsSealed(), check.rowsFound(), check.brokenTrail(),
                    check.brokenRow());
        }

        boolean holds() {
            return "INTACT".equals(status) || "OPEN".equals(status);
        }
    }
}
