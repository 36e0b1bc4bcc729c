package be.wallonie.parcours.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesCompletenessTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesCompletenessTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nl", "messages_de", "messages_en"})
    void everyLanguageHasEveryFrenchMessage(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages").stringPropertyNames());
    }
}
