package be.wallonie.parcours.domain.deadline;

/**
 * The deadlines a case file is followed up on (domain rules §4). Each sub-deadline is counted in months from a
 * recorded event with {@code plusMonths}, which clamps to the last day of a shorter month, like the final deadline.
 */
public enum DeadlineKind {
    /** The final attestation, by the final deadline (the assessment's, or the latest extension). */
    FINAL(0),
    /** The reception module, within 3 months of the opening of the file. */
    RECEPTION_MODULE(3),
    /** An evaluation interview at least every 6 months from the signature of the convention or the last interview. */
    EVALUATION_INTERVIEW(6),
    /** The 60 hours of citizenship, within 4 months of the start of the axis. */
    CITIZENSHIP(4),
    /** The 400 hours of French, within 16 months of the start of the axis. */
    FRENCH(16);

    private final int months;

    DeadlineKind(int months) {
        this.months = months;
    }

    /** The months counted from the event that starts the deadline; 0 for the final deadline, which is a date. */
    public int months() {
        return months;
    }
}
