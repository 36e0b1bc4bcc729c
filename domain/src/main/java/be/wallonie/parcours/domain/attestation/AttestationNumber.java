package be.wallonie.parcours.domain.attestation;

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
            throw new InvalidValueException("criCode", "must be a CRI code");
        }
        if (year < 2000 || year > 9999) {
            throw new InvalidValueException("year", "must be a year of four digits");
        }
        if (sequence < 1) {
            throw new InvalidValueException("sequence", "must be 1 or more");
        }
    }

    /** Reads {@code CRIPEL-2026-00042}. */
    public static AttestationNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new InvalidValueException("", "must be an attestation number such as CRIPEL-2026-00042");
        }
        return new AttestationNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Long.parseLong(matcher.group(3)));
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%05d", criCode, year, sequence);
    }
}
