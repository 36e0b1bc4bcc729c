package be.wallonie.parcours.api.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemType;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.access.Tenant;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.statistics.CaseFileStatisticsRepository;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/**
 * The figures of the case files: CRI staff count their own CRI's files, a region analyst the whole Region or one CRI.
 * Counts only, computed by the database: no personal data is read, so nothing is audited.
 */
@ApplicationScoped
@Transactional
public class StatisticsService {

    /** The range when the client gives none: the last 12 months, this one included. */
    static final int DEFAULT_MONTHS = 12;
    /** The longest range a client may ask for. */
    static final int MAX_MONTHS = 36;

    private final CaseFileStatisticsRepository counts;
    private final TerritoryRepository territory;
    private final CurrentUser user;
    private final Clock clock;

    StatisticsService(CaseFileStatisticsRepository counts, TerritoryRepository territory, CurrentUser user,
            Clock clock) {
        this.counts = counts;
        this.territory = territory;
        this.user = user;
        this.clock = clock;
    }

    /**
     * The files by state today and opened by month from {@code from} to {@code to} (months {@code YYYY-MM}, both
     * included; by default the last 12 months, at most 36).
     */
    public CaseFileStatisticsResponse caseFiles(String from, String to, String cri) {
        LocalDate today = LocalDate.now(clock);
        RequestIssues issues = new RequestIssues();
        YearMonth last = month(to, "to", issues);
        YearMonth first = month(from, "from", issues);
        String counted = criCounted(cri, issues);
        issues.throwIfAny();
        if (last == null) {
            last = first == null ? YearMonth.from(today) : first.plusMonths(DEFAULT_MONTHS - 1L);
        }
        if (first == null) {
            first = last.minusMonths(DEFAULT_MONTHS - 1L);
        }
        if (first.isAfter(last)) {
            issues.add("from", "issue.month-order");
        } else if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            issues.add("to", "issue.month-span", MAX_MONTHS);
        }
        issues.throwIfAny();

        Map<CaseFileState, Long> now = counts.countByState(counted);
        Map<YearMonth, Map<CaseFileState, Long>> opened = counts.countOpenedByMonth(counted, first, last);
        List<CaseFileStatisticsResponse.MonthCount> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Map<CaseFileState, Long> ofMonth = opened.getOrDefault(month, Map.of());
            months.add(new CaseFileStatisticsResponse.MonthCount(month, everyState(ofMonth), total(ofMonth)));
        }
        return new CaseFileStatisticsResponse(counted, today, first, last, CaseFileStatisticsResponse.MONTHLY_BASIS,
                everyState(now), total(now), months);
    }

    /** CRI staff: their own CRI, whatever they ask (another CRI is refused); an analyst: the CRI asked, or all. */
    private String criCounted(String asked, RequestIssues issues) {
        Tenant tenant = user.tenant();
        if (tenant.role() == Role.REGION_ANALYST) {
            if (asked == null || asked.isBlank()) {
                return null;
            }
            String code = asked.strip();
            if (territory.findCri(code).isEmpty()) {
                issues.add("cri", "issue.unknown-cri");
            }
            return code;
        }
        String own = tenant.criCode();
        if (own == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, null);
        }
        if (asked != null && !asked.isBlank() && !asked.strip().equals(own)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "statistics.other-cri", own);
        }
        return own;
    }

    private static YearMonth month(String value, String field, RequestIssues issues) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            issues.add(field, "issue.month");
            return null;
        }
    }

    private static List<CaseFileStatisticsResponse.StateCount> everyState(Map<CaseFileState, Long> counts) {
        return Arrays.stream(CaseFileState.values())
                .map(state -> new CaseFileStatisticsResponse.StateCount(state, counts.getOrDefault(state, 0L)))
                .toList();
    }

    private static long total(Map<CaseFileState, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
