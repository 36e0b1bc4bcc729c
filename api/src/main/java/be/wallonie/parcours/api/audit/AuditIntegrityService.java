package be.wallonie.parcours.api.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import be.wallonie.parcours.api.shared.RequestIssues;

/**
 * The integrity of the audit trail (docs/adr/0028): seals the closed days, and tells which days of a period hold. Each
 * seal is logged with its chain value, so that a copy of the chain lives outside the database: a database owner who
 * rewrote rows and sealed the days again would not match the log.
 */
@ApplicationScoped
@Transactional
public class AuditIntegrityService {

    /** The longest period checked at once, in days. */
    static final int MAX_DAYS = 366;
    private static final int DEFAULT_DAYS = 31;
    private static final Logger LOG = Logger.getLogger(AuditIntegrityService.class);

    private final PanacheAuditSeals seals;
    private final Clock clock;

    AuditIntegrityService(PanacheAuditSeals seals, Clock clock) {
        this.seals = seals;
        this.clock = clock;
    }

    /** Seals the closed days not sealed yet. */
    public List<PanacheAuditSeals.Seal> seal() {
        List<PanacheAuditSeals.Seal> sealed = seals.seal();
        sealed.forEach(seal -> LOG.infof("Audit trail sealed: day %s, %d rows, chain %s", seal.day(), seal.rows(),
                seal.chain()));
        return sealed;
    }

    /** The days (UTC) from {@code from} to {@code to} included; by default the last 31 days up to today. */
    public AuditIntegrityResponse verify(String from, String to) {
        RequestIssues issues = new RequestIssues();
        LocalDate last = day(to, "to", issues);
        LocalDate first = day(from, "from", issues);
        issues.throwIfAny();
        if (last == null) {
            last = first == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : first.plusDays(DEFAULT_DAYS - 1L);
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1L);
        }
        if (first.isAfter(last)) {
            issues.add("from", "issue.day-order");
        } else if (first.plusDays(MAX_DAYS).isBefore(last.plusDays(1))) {
            issues.add("to", "issue.day-span", MAX_DAYS);
        }
        issues.throwIfAny();
        List<AuditIntegrityResponse.Day> days = seals.verify(first, last).stream()
                .map(AuditIntegrityResponse.Day::of)
                .toList();
        AuditIntegrityResponse.Day broken = days.stream().filter(day -> !day.holds()).findFirst().orElse(null);
        if (broken != null) {
            LOG.warnf("Audit trail broken on %s: %s", broken.day(), broken.status());
        }
        return new AuditIntegrityResponse(first, last, broken == null, broken, days);
    }

    private static LocalDate day(String value, String field, RequestIssues issues) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            issues.add(field, "issue.date");
            return null;
        }
    }
}
