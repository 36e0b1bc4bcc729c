package be.wallonie.parcours.domain.deadline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import be.wallonie.parcours.domain.person.NormalisedName;

/**
 * What a member of staff typed in the search box of the back office, read as everything it can be: parts of the
 * person's names, a national number, a phone number, the start of a case file's number (its id). A line matches if
 * any reading matches; the names match when every word is in the family or the given names.
 *
 * @param nameWords      the normalised words of 3 characters or more (shorter ones match too much to be indexed)
 * @param nationalNumber the 11 digits, when the text is exactly that
 * @param phoneDigits    the digits of a phone number (6 or more, leading zeros dropped so that "0470…" finds
 *                       "+32 470…")
 * @param fileNumber     the start of a case file's id (8 hexadecimal digits or more), as the first and last ids it
 *                       covers
 */
public record CaseFileSearch(List<String> nameWords, Optional<String> nationalNumber, Optional<String> phoneDigits,
        Optional<IdRange> fileNumber) {

    /** The shortest word or number searched for: shorter, it would match most of a CRI. */
    public static final int MINIMUM_LENGTH = 3;
    /** A file number is the start of the file's id: 8 hexadecimal digits at least, as the back office shows it. */
    public static final int FILE_NUMBER_DIGITS = 8;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./()\\-]{6,40}");
    private static final Pattern NATIONAL_NUMBER = Pattern
            .compile("[0-9]{2}\\.?[0-9]{2}\\.?[0-9]{2}[- ]?[0-9]{3}\\.?[0-9]{2}");
    private static final Pattern FILE_NUMBER = Pattern.compile("(?i)[0-9a-f]{8}(-?[0-9a-f]{0,4}){0,4}[0-9a-f]*");

    /** The first and last ids that start with the digits typed: a range of the primary key's index. */
    public record IdRange(UUID first, UUID last) {
    }

    /** Reads the text; empty when nothing in it is long enough to search for. */
    public static Optional<CaseFileSearch> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip();
        // a text without a letter is a number, not a name
        List<String> words = typed.chars().noneMatch(Character::isLetter)
                ? List.of()
                : Arrays.stream(SEPARATORS.split(typed))
                        .map(NormalisedName::normalise)
                        .filter(word -> word.length() >= MINIMUM_LENGTH)
                        .distinct()
                        .toList();
        Optional<String> nationalNumber = NATIONAL_NUMBER.matcher(typed).matches()
                ? Optional.of(typed.replaceAll("[^0-9]", ""))
                : Optional.empty();
        Optional<String> phone = Optional.empty();
        if (PHONE.matcher(typed).matches()) {
            String digits = typed.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
            phone = digits.length() >= 6 ? Optional.of(digits) : Optional.empty();
        }
        Optional<IdRange> fileNumber = FILE_NUMBER.matcher(typed).matches() ? range(typed) : Optional.empty();
        if (words.isEmpty() && nationalNumber.isEmpty() && phone.isEmpty() && fileNumber.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CaseFileSearch(words, nationalNumber, phone, fileNumber));
    }

    private static Optional<IdRange> range(String typed) {
        String hex = typed.replace("-", "").toLowerCase(Locale.ROOT);
        if (hex.length() < FILE_NUMBER_DIGITS || hex.length() > 32) {
            return Optional.empty();
        }
        return Optional.of(new IdRange(uuid(hex + "0".repeat(32 - hex.length())),
                uuid(hex + "f".repeat(32 - hex.length()))));
    }

    private static UUID uuid(String hex) {
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20));
    }
}
