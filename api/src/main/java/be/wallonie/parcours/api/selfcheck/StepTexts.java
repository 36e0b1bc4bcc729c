package be.wallonie.parcours.api.selfcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.wallonie.parcours.domain.selfcheck.ProgrammeStep;

/**
 * The texts of the self-check's steps, one file per language: {@code selfcheck/steps.<language>.json} on the class
 * path (fr, en, nl, de and ar today). A language is added by dropping its file there: the languages are discovered by
 * looking for the file of each language the client accepts, in its order of preference; French is the default. A text
 * missing from a file is taken from the French file.
 */
@ApplicationScoped
public class StepTexts {

    public static final String DEFAULT_LANGUAGE = "fr";
    private static final String LOCATION = "selfcheck/steps.%s.json";
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private final ObjectMapper json;
    private final Map<String, Optional<Texts>> byLanguage = new ConcurrentHashMap<>();

    StepTexts(ObjectMapper json) {
        this.json = json;
    }

    /** The texts of one step. */
    public record StepText(String title, String what, String how, String who) {
    }

    /** The texts of every step in one language (an ISO 639 code, {@code fr}). */
    public record Texts(String language, Map<ProgrammeStep, StepText> steps) {

        public StepText of(ProgrammeStep step) {
            return steps.get(step);
        }
    }

    /** The texts in the first of the client's acceptable languages that has a file, or in French. */
    public Texts negotiate(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            Optional<Texts> texts = find(wanted.getLanguage().toLowerCase(Locale.ROOT));
            if (texts.isPresent()) {
                return texts.get();
            }
        }
        return french();
    }

    /** The texts in this language, when its file exists. */
    public Optional<Texts> find(String language) {
        if (language == null || !LANGUAGE_CODE.matcher(language).matches()) {
            return Optional.empty();
        }
        Optional<Texts> texts = byLanguage.get(language);
        if (texts == null) {
            // not computeIfAbsent: loading a language loads the French texts too, a nested update of the map
            texts = load(language);
            byLanguage.putIfAbsent(language, texts);
        }
        return texts;
    }

    private Texts french() {
        return find(DEFAULT_LANGUAGE)
                .orElseThrow(() -> new IllegalStateException(LOCATION.formatted(DEFAULT_LANGUAGE) + " is missing"));
    }

    private Optional<Texts> load(String language) {
        String location = LOCATION.formatted(language);
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode steps = json.readTree(in).path("steps");
            Texts fallback = DEFAULT_LANGUAGE.equals(language) ? null : french();
            Map<ProgrammeStep, StepText> texts = new EnumMap<>(ProgrammeStep.class);
            for (ProgrammeStep step : ProgrammeStep.values()) {
                JsonNode node = steps.path(step.name());
                StepText french = fallback == null ? null : fallback.of(step);
                texts.put(step, new StepText(text(node, "title", french == null ? null : french.title()),
                        text(node, "what", french == null ? null : french.what()),
                        text(node, "how", french == null ? null : french.how()),
                        text(node, "who", french == null ? null : french.who())));
            }
            return Optional.of(new Texts(language, Map.copyOf(texts)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }

    private static String text(JsonNode step, String field, String fallback) {
        String value = step.path(field).asText("");
        return value.isBlank() ? fallback : value;
    }
}
