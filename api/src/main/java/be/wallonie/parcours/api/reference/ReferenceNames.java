package be.wallonie.parcours.api.reference;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import be.wallonie.parcours.api.infrastructure.AcceptLanguage;

import be.wallonie.parcours.api.problem.Messages;

/**
 * The names of the countries and languages that a person's record holds as codes ({@code CountryCode},
 * {@code LanguageCode}), in the language of the API's messages, sorted as that language sorts them. The names come
 * from the JDK's CLDR data; a code it does not name (Kosovo is named, Dari is not) takes its name from the messages
 * ({@code language.prs}). Computed once per language.
 */
@ApplicationScoped
public class ReferenceNames {

    /** A code and its name. */
    public record Named(String code, String name) {
    }

    /**
     * The three-letter languages offered beside ISO 639-1: languages of newcomers that need an interpreter and that
     * ISO 639-1 does not list.
     */
    static final List<String> EXTRA_LANGUAGES = List.of("prs", "ckb");

    /** What the descriptions of the operations say of the names' language. */
    static final String IN_YOUR_LANGUAGE = "Names in the language of Accept-Language: fr (default), nl, de, en; "
            + "sorted by name.";

    private final Map<Locale, List<Named>> countries = new ConcurrentHashMap<>();
    private final Map<Locale, List<Named>> languages = new ConcurrentHashMap<>();

    /** Every country a nationality can be: the ISO 3166-1 alpha-2 codes and Kosovo ({@code XK}). */
    public List<Named> countries(Locale language) {
        return countries.computeIfAbsent(language, wanted -> {
            Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
            codes.add("XK");
            return sorted(codes.stream().map(code -> new Named(code, capitalised(
                    new Locale("", code).getDisplayCountry(wanted), wanted))), wanted);
        });
    }

    /** Every language a person can prefer or need an interpreter for: ISO 639-1 and {@link #EXTRA_LANGUAGES}. */
    public List<Named> languages(Locale language) {
        return languages.computeIfAbsent(language, wanted -> sorted(Stream
                .concat(Stream.of(Locale.getISOLanguages()), EXTRA_LANGUAGES.stream())
                .map(code -> new Named(code, capitalised(languageName(code, wanted), wanted))), wanted));
    }

    private static String languageName(String code, Locale language) {
        String key = "language." + code;
        if (Messages.has(language, key)) {
            return Messages.get(language, key);
        }
        return new Locale(code).getDisplayLanguage(language);
    }

    private static String capitalised(String name, Locale language) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private static List<Named> sorted(Stream<Named> names, Locale language) {
        Collator collator = Collator.getInstance(language);
        collator.setStrength(Collator.PRIMARY);
        return names.sorted(Comparator.comparing(Named::name, collator)).toList();
    }

    /** The language of the API's messages that the client accepts first, or French. */
    static Locale language(String acceptLanguage) {
        return Messages.negotiate(AcceptLanguage.languages(acceptLanguage));
    }

    /** A list of names, saying their language. */
    static Response answer(List<?> items, Locale language) {
        return Response.ok(items)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
