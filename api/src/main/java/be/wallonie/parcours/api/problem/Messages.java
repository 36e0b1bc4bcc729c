package be.wallonie.parcours.api.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The API's messages in French (the default), Dutch, German and English, from {@code i18n/messages*.properties}.
 */
public final class Messages {

    /** The languages of the API's messages, in order of preference when the client expresses none. */
    public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.GERMAN,
            Locale.ENGLISH);

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

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            Object[] values = arguments == null ? new Object[0] : arguments;
            return new MessageFormat(bundle.getString(key), locale).format(values);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
