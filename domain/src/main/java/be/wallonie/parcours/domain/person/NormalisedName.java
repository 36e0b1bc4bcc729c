package be.wallonie.parcours.domain.person;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name reduced to what identifies it when people spell it differently: lower case, without accents, without
 * hyphens, spaces, apostrophes or any other sign ({@code Élodie-Marie N'Diaye} → {@code elodiemarie},
 * {@code ndiaye}). Letters of other scripts are kept as they are.
 *
 * @param lastName   the normalised family name
 * @param firstNames the normalised given names, empty for a single name
 */
public record NormalisedName(String lastName, String firstNames) {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NEITHER_LETTER_NOR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static NormalisedName of(PersonName name) {
        return new NormalisedName(normalise(name.lastName()), normalise(name.firstNames()));
    }

    /** Normalises one name, or a fragment of one typed in a search. */
    public static String normalise(String text) {
        String lowerCase = text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ı", "i");
        String withoutAccents = COMBINING_MARKS.matcher(Normalizer.normalize(lowerCase, Normalizer.Form.NFKD))
                .replaceAll("");
        return NEITHER_LETTER_NOR_DIGIT.matcher(withoutAccents).replaceAll("");
    }

    /** The same names, in the same places or with the family name and the given names swapped. */
    public boolean matches(NormalisedName other) {
        return equals(other) || isSwapOf(other);
    }

    /** The family name of one is the given names of the other, and the reverse. */
    public boolean isSwapOf(NormalisedName other) {
        return lastName.equals(other.firstNames) && firstNames.equals(other.lastName);
    }
}
