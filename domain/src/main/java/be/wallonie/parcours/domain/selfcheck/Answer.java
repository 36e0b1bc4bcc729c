package be.wallonie.parcours.domain.selfcheck;

/** An answer of the public self-check wizard. Only {@link #YES} validates a step. */
public enum Answer {
    YES, NO, DONT_KNOW;

    public boolean isYes() {
        return this == YES;
    }
}
