package be.wallonie.parcours.domain.attestation;

import be.wallonie.parcours.domain.shared.ViolationCode;
import java.security.SecureRandom;
import java.util.Locale;

import be.wallonie.parcours.domain.shared.InvalidValueException;

/**
 * The public code that verifies an attestation, printed on it with its QR code: 12 characters of Crockford's base 32
 * (60 random bits), in three groups of four, for example {@code 7K3D-QX9M-2B4T}. It is drawn from a
 * {@link SecureRandom}, so it cannot be guessed from another attestation's; it says nothing about the person. Reading
 * forgives what people mistype: lower case, spaces, missing hyphens, {@code O} for {@code 0}, {@code I} or {@code L}
 * for {@code 1}.
 */
public record VerificationCode(String value) {

    /** Crockford's base 32: digits and letters without I, L, O and U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    /** The entropy of a code. */
    public static final int BITS = LENGTH * 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        if (value == null || !value.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")) {
            throw new InvalidValueException("", ViolationCode.VERIFICATION_CODE);
        }
    }

    /** A new random code. */
    public static VerificationCode random() {
        return random(RANDOM);
    }

    static VerificationCode random(SecureRandom random) {
        char[] characters = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            characters[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new VerificationCode(grouped(new String(characters)));
    }

    /** Reads a code as a person types it. */
    public static VerificationCode parse(String text) {
        StringBuilder canonical = new StringBuilder();
        for (char c : (text == null ? "" : text).toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            canonical.append(switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            });
        }
        if (canonical.length() != LENGTH) {
            throw new InvalidValueException("", ViolationCode.VERIFICATION_CODE);
        }
        return new VerificationCode(grouped(canonical.toString()));
    }

    private static String grouped(String canonical) {
        return canonical.substring(0, 4) + "-" + canonical.substring(4, 8) + "-" + canonical.substring(8, 12);
    }

    @Override
    public String toString() {
        return value;
    }
}
