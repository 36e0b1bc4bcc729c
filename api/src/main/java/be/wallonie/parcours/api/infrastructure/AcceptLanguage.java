package be.wallonie.parcours.api.infrastructure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An {@code Accept-Language} header (RFC 9110 §12.5.4) kept to its well-formed entries: a language tag, optionally
 * {@code ;q=} and a weight between 0 and 1 with at most three decimals. An entry that is not, such as
 * {@code xx-YY;q=abc}, is dropped; a header with no well-formed entry is no header at all, and the API answers in
 * French. Without this, JAX-RS fails to parse such a header while it translates a problem, and answers 500.
 */
public final class AcceptLanguage {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern WEIGHT = Pattern.compile("q=(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?)",
            Pattern.CASE_INSENSITIVE);

    private AcceptLanguage() {
    }

    /**
     * The header kept to its well-formed entries, in their order; {@code null} when none is, or when {@code header}
     * is {@code null}.
     */
    public static String wellFormed(String header) {
        if (header == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String entry : header.split(",", -1)) {
            String trimmed = entry.strip();
            if (isWellFormed(trimmed)) {
                kept.add(trimmed);
            }
        }
        return kept.isEmpty() ? null : String.join(", ", kept);
    }

    /** The languages of the header's well-formed entries, the most wanted first; none with a weight of 0. */
    public static List<Locale> languages(String header) {
        String kept = wellFormed(header);
        if (kept == null) {
            return List.of();
        }
        record Weighted(Locale language, double weight) {
        }
        List<Weighted> languages = new ArrayList<>();
        for (String entry : kept.split(", ")) {
            int semicolon = entry.indexOf(';');
            String tag = semicolon < 0 ? entry : entry.substring(0, semicolon).strip();
            double weight = semicolon < 0 ? 1 : Double.parseDouble(entry.substring(semicolon + 1).strip().substring(2));
            if (weight > 0) {
                languages.add(new Weighted(Locale.forLanguageTag(tag), weight));
            }
        }
        // a stable sort: entries of the same weight keep the client's order
        return languages.stream()
                .sorted(Comparator.comparingDouble(Weighted::weight).reversed())
                .map(Weighted::language)
                .toList();
    }

    static boolean isWellFormed(String entry) {
        int semicolon = entry.indexOf(';');
        if (semicolon < 0) {
            return TAG.matcher(entry).matches();
        }
        return TAG.matcher(entry.substring(0, semicolon).strip()).matches()
                && WEIGHT.matcher(entry.substring(semicolon + 1).strip()).matches();
    }
}
