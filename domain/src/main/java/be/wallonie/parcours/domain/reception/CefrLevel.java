package be.wallonie.parcours.domain.reception;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import java.util.Locale;

/**
 * A level of the Common European Framework of Reference for Languages (<i>CECRL</i>), from the lowest. A French
 * test below {@link #A2} puts the French axis in the convention; a certificate of A2 or above completes it.
 */
public enum CefrLevel {
    /** Below A1, also written A0: a beginner, possibly not literate in French. */
    PRE_A1, A1, A2, B1, B2, C1, C2;

    /** Reads a level as tests and certificates write it: {@code A0} or {@code Pre-A1} for {@link #PRE_A1}. */
    public static CefrLevel parse(String text) {
        if (text == null) {
            throw new InvalidValueException("", ViolationCode.REQUIRED);
        }
        String level = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (level.equals("A0")) {
            return PRE_A1;
        }
        try {
            return valueOf(level);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException("", ViolationCode.CEFR_LEVEL);
        }
    }

    public boolean isBelow(CefrLevel other) {
        return compareTo(other) < 0;
    }

    public boolean isAtLeast(CefrLevel other) {
        return compareTo(other) >= 0;
    }
}
