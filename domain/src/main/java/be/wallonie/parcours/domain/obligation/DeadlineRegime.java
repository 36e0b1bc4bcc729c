package be.wallonie.parcours.domain.obligation;

/**
 * The period within which an obliged person must obtain the attestation, counted from the day the residence permit
 * was ordered. Which regime applies depends on that day: see {@link RuleSetVersion}.
 */
public enum DeadlineRegime {
    REGIME_2016(18, "Decree of 28 April 2016 amending the CWASS (in force on 19 May 2016): 18 months"), REGIME_2018(18,
            "Decree of 8 November 2018 amending the CWASS (in force on 17 December 2018): 18 months"), REGIME_2025_THREE_YEARS(
                    36, "Decree of 14 March 2024 amending the CWASS and AGW of 6 June 2024"
                            + " (in effect on 1 January 2025): 3 years");

    private final int months;
    private final String legalSource;

    DeadlineRegime(int months, String legalSource) {
        this.months = months;
        this.legalSource = legalSource;
    }

    public int months() {
        return months;
    }

    public String legalSource() {
        return legalSource;
    }
}
