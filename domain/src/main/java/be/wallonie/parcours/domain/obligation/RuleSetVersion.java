package be.wallonie.parcours.domain.obligation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A version of the obligation rules, in force from {@code validFrom}. A decree that changes the rules adds a version;
 * it never edits an earlier one, so that a past assessment can be explained by the version that decided it.
 * <p>
 * The version is chosen by the reference date of the assessment, the day the residence permit was ordered (or the day
 * of the assessment when there is no permit): the person is assessed under the rules in force when the permit was
 * ordered, as the decrees have done so far (the 3-year deadline applies to permits ordered from its effective date).
 *
 * @param id             stable identifier, stored with each assessment, e.g. {@code 2025.1}
 * @param validFrom      first permit order date the version applies to
 * @param deadlineRegime the deadline of the persons it obliges
 */
public record RuleSetVersion(String id, LocalDate validFrom, DeadlineRegime deadlineRegime) {

    /** Entry into force of the obligation: decree of 28 April 2016 amending the CWASS. */
    public static final LocalDate OBLIGATION_IN_FORCE = LocalDate.of(2016, 5, 19);

    /** Entry into force of the decree of 8 November 2018 amending the CWASS. */
    public static final LocalDate DECREE_2018_IN_FORCE = LocalDate.of(2018, 12, 17);

    public RuleSetVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(deadlineRegime, "deadlineRegime");
    }

    /** Every version, oldest first; the effective date of the 3-year regime is a setting. */
    public static List<RuleSetVersion> history(ObligationSettings settings) {
        return List.of(
                new RuleSetVersion("2016.1", OBLIGATION_IN_FORCE, DeadlineRegime.REGIME_2016),
                new RuleSetVersion("2018.1", DECREE_2018_IN_FORCE, DeadlineRegime.REGIME_2018),
                new RuleSetVersion("2025.1", settings.threeYearRegimeEffectiveDate(),
                        DeadlineRegime.REGIME_2025_THREE_YEARS));
    }

    /**
     * The version in force on {@code referenceDate}. Before the obligation existed, the first version decides: it is
     * the one that leaves permits ordered before 19 May 2016 outside the target group.
     */
    public static RuleSetVersion applicableOn(LocalDate referenceDate, ObligationSettings settings) {
        List<RuleSetVersion> history = history(settings);
        RuleSetVersion applicable = history.get(0);
        for (RuleSetVersion version : history) {
            if (!version.validFrom().isAfter(referenceDate)) {
                applicable = version;
            }
        }
        return applicable;
    }
}
