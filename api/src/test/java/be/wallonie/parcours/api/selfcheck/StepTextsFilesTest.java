package be.wallonie.parcours.api.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.wallonie.parcours.domain.selfcheck.ProgrammeStep;

/** The self-check's text files: the same keys and placeholders in every language, a text for every step. */
class StepTextsFilesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");

    private static JsonNode file(String language) throws IOException {
        try (InputStream in = StepTextsFilesTest.class.getResourceAsStream("/selfcheck/steps." + language + ".json")) {
            assertThat(in).as("steps.%s.json", language).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** Every text of the file, by its path ({@code steps.FRENCH.title}). */
    private static Map<String, String> texts(JsonNode node, String path, Map<String, String> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                texts(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), found);
            }
        } else {
            found.put(path, node.asText());
        }
        return found;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @ParameterizedTest(name = "steps.{0}.json has the keys of steps.fr.json")
    @ValueSource(strings = {"en", "nl", "de", "ar"})
    void everyLanguageHasTheKeysAndPlaceholdersOfTheFrenchFile(String language) throws IOException {
        Map<String, String> french = texts(file("fr"), "", new TreeMap<>());
        Map<String, String> translated = texts(file(language), "", new TreeMap<>());
        assertThat(translated.keySet()).containsExactlyElementsOf(french.keySet());
        french.forEach((key, text) -> assertThat(placeholders(translated.get(key))).as(key)
                .isEqualTo(placeholders(text)));
    }

    @ParameterizedTest(name = "steps.{0}.json covers every programme step")
    @ValueSource(strings = {"fr", "en", "nl", "de", "ar"})
    void everyProgrammeStepHasItsTexts(String language) throws IOException {
        JsonNode root = file(language);
        assertThat(root.path("language").asText()).isEqualTo(language);
        JsonNode steps = root.path("steps");
        Set<String> ids = new TreeSet<>();
        steps.fieldNames().forEachRemaining(ids::add);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ProgrammeStep.values()).map(Enum::name).toList());
        for (ProgrammeStep step : ProgrammeStep.values()) {
            for (String field : new String[]{"title", "what", "how", "who"}) {
                assertThat(steps.path(step.name()).path(field).asText()).as("%s.%s", step, field).isNotBlank();
            }
        }
    }

    @Test
    void aLanguageWithoutItsFileIsNotOffered() {
        assertThat(StepTextsFilesTest.class.getResource("/selfcheck/steps.es.json")).isNull();
    }
}
