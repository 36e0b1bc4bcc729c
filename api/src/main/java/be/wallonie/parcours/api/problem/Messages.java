package be.wallonie.parcours.api.problem;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's messages in French (the default), Dutch, German and English, from {@code i18n/messages*.properties}. A
 * message takes its arguments by position ({@code {0}}) or, for the domain's refusals and violations, by name
 * ({@code {state}}, {@code {startDate}}); both follow {@link MessageFormat} (an apostrophe is written {@code ''}).
 */
public final class Messages {

    /** The languages of the API's messages, in order of preference when the client expresses none. */
    public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.GERMAN,
            Locale.ENGLISH);

    /** A named argument in a message: {@code {hours}}, {@code {count,choice,1#…}}. */
    private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)(?=[,}])");

    private Messages() {
    }

    /** The first of the client's acceptable languages that the API speaks, or French. */
    public static Locale negotiate(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(wanted.getLanguage())) {
                    return language;
                }
            }
        }
        return Locale.FRENCH;
    }

    /**
     * The message {@code key} with its arguments by position, each rendered in the language of {@code locale} like a
     * named one ({@link NamedArguments#text}): a role reads as its label, never as its constant.
     */
    public static String get(Locale locale, String key, Object... arguments) {
        try {
            Object[] values = arguments == null
                    ? new Object[0]
                    : Arrays.stream(arguments).map(argument -> NamedArguments.text(locale, argument)).toArray();
            return new MessageFormat(bundle(locale).getString(key), locale).format(values);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Whether the messages of {@code locale} hold {@code key}. */
    public static boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }

    /**
     * The message {@code key} with its named arguments, each rendered in the language of {@code locale} by
     * {@link NamedArguments#text}: an enum constant by its label, a date and a number in the locale's format. A name the
     * message uses but {@code arguments} lacks reads as nothing.
     */
    public static String named(Locale locale, String key, Map<String, ?> arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        List<String> names = new ArrayList<>();
        Matcher named = NAMED.matcher(pattern);
        StringBuilder positional = new StringBuilder();
        while (named.find()) {
            String name = named.group(1);
            if (!names.contains(name)) {
                names.add(name);
            }
            named.appendReplacement(positional, "{" + names.indexOf(name));
        }
        named.appendTail(positional);
        Object[] values = names.stream().map(name -> NamedArguments.text(locale, arguments.get(name))).toArray();
        return new MessageFormat(positional.toString(), locale).format(values);
    }

    /** The names of the arguments that the message {@code key} uses, as written in {@code locale}'s messages. */
    static List<String> argumentNames(Locale locale, String key) {
        List<String> names = new ArrayList<>();
        Matcher named = NAMED.matcher(bundle(locale).getString(key));
        while (named.find()) {
            if (!names.contains(named.group(1))) {
                names.add(named.group(1));
            }
        }
        return names;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
