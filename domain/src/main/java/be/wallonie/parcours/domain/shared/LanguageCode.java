package be.wallonie.parcours.domain.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language, as an ISO 639 code in lower case: two letters when ISO 639-1 has one ({@code fr}, {@code ar},
 * {@code ti}), otherwise three (ISO 639-2 or 639-3, for example {@code prs} for Dari), because interpreters are needed
 * for languages that ISO 639-1 does not list.
 */
public record LanguageCode(String value) {

    private static final Pattern TWO_OR_THREE_LOWER_CASE_LETTERS = Pattern.compile("[a-z]{2,3}");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public static final LanguageCode FRENCH = new LanguageCode("fr");

    public LanguageCode {
        if (value == null) {
            throw new InvalidValueException("", ViolationCode.REQUIRED);
        }
        if (!TWO_OR_THREE_LOWER_CASE_LETTERS.matcher(value).matches()) {
            throw new InvalidValueException("", ViolationCode.LANGUAGE_CODE);
        }
        if (value.length() == 2 && !ISO_639_1.contains(value)) {
            throw new InvalidValueException("", ViolationCode.KNOWN_LANGUAGE);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
