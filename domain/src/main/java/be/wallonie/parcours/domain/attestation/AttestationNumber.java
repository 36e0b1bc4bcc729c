package be.wallonie.parcours.domain.attestation;

import be.wallonie.parcours.domain.shared.ViolationCode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.wallonie.parcours.domain.shared.InvalidValueException;

/**
 * The unique number of an attestation: the CRI's code, the year of issue and a counter per CRI and year, for example
 * {@code CRIPEL-2026-00042} (at least five digits). The counter is allocated by the repository.
 */
public record AttestationNumber(String criCode, int year, long sequence) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2,10})-(\\d{4})-(\\d{5,})");

    public AttestationNumber {
        if (criCode == null || !criCode.matches("[A-Z]{2,10}")) {
            throw new InvalidValueException("criCode", ViolationCode.CRI_CODE);
        }
        if (year < 2000 || year > 9999) {
            throw new InvalidValueException("year", ViolationCode.YEAR);
        }
        if (sequence < 1) {
            throw new InvalidValueException("sequence", ViolationCode.MINIMUM, Map.of("minimum", 1));
        }
    }

    /** Reads {@code CRIPEL-2026-00042}. */
    public static AttestationNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new InvalidValueException("", ViolationCode.ATTESTATION_NUMBER);
        }
        return new AttestationNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Long.parseLong(matcher.group(3)));
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%05d", criCode, year, sequence);
    }
}
