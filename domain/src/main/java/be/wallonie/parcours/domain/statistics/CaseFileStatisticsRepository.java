package be.wallonie.parcours.domain.statistics;

import be.wallonie.parcours.domain.casefile.CaseFileState;
import java.time.YearMonth;
import java.util.Map;

/**
 * The case files counted where they are kept, never loaded: by current state, and by month of opening and current
 * state. A CRI's code restricts the count to its files; {@code null} counts the whole Region.
 */
public interface CaseFileStatisticsRepository {

    /** How many files are in each state today; a state without a file is absent. */
    Map<CaseFileState, Long> countByState(String criCode);

    /**
     * How many files opened in each month from {@code from} to {@code to} (both included), by their current state; a
     * month or a state without a file is absent.
     */
    Map<YearMonth, Map<CaseFileState, Long>> countOpenedByMonth(String criCode, YearMonth from, YearMonth to);
}
