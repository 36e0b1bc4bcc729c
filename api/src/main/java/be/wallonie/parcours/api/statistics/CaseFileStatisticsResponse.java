package be.wallonie.parcours.api.statistics;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.casefile.CaseFileState;

/**
 * How many case files a CRI (or the whole Region) holds in each state today, and how many it opened in each month of a
 * range, by their current state. Counts only: no person, no file id.
 */
@Schema(name = "CaseFileStatistics")
public record CaseFileStatisticsResponse(
        @Schema(maxLength = ResponseBounds.CRI_CODE, description = "The CRI counted; null when the whole Region is", nullable = true, example = "CRIPEL") String cri,
        @Schema(description = "The day the counts were taken (Belgian time)", example = "2026-11-23") LocalDate asOf,
        @Schema(maxLength = 7, implementation = String.class, pattern = "^[0-9]{4}-[0-9]{2}$", description = "The first month of the range", example = "2025-12") YearMonth from,
        @Schema(maxLength = 7, implementation = String.class, pattern = "^[0-9]{4}-[0-9]{2}$", description = "The last month of the range", example = "2026-11") YearMonth to,
        @Schema(description = "What a month counts: the files opened that month (at this CRI; a transferred-in file "
                + "on the day of its transfer), each under the state it is in today", enumeration = {
                        MONTHLY_BASIS}, example = MONTHLY_BASIS) String monthlyBasis,
        @Schema(description = "Every file today, by state: every state of the case file, in the order of the state "
                + "machine, zeros included") List<StateCount> byState,
        @Schema(minimum = "0", maximum = ResponseBounds.COUNT, description = "Every file today", example = "312") long total,
        @Schema(maxItems = StatisticsService.MAX_MONTHS, description = "Every month of the range, oldest first, months without a file included") List<MonthCount> months){

    /** The one definition of a month's figures: the files opened that month, by their current state. */
    public static final String MONTHLY_BASIS = "OPENED_IN_MONTH_BY_CURRENT_STATE";

    /** How many files are in one state. */
    @Schema(name = "CaseFileStateCount")
    public record StateCount(CaseFileState state,
            @Schema(minimum = "0", maximum = ResponseBounds.COUNT, example = "42") long count) {
    }

    /** The files opened in one month, by their current state. */
    @Schema(name = "CaseFileMonthCount")
    public record MonthCount(
            @Schema(maxLength = 7, implementation = String.class, pattern = "^[0-9]{4}-[0-9]{2}$", example = "2026-03") YearMonth month,
            @Schema(description = "Every state, in the order of the state machine, zeros included") List<StateCount> byState,
            @Schema(minimum = "0", maximum = ResponseBounds.COUNT, description = "Every file opened that month", example = "17") long total) {
    }
}
