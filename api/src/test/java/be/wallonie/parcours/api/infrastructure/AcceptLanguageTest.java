package be.wallonie.parcours.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "nl|nl", "en-GB, en;q=0.9|en-GB, en;q=0.9", "de;q=0.500|de;q=0.500", "fr ; q=1.0|fr ; q=1.0",
            "xx-YY;q=abc|NONE", "nl, xx-YY;q=abc|nl", "en;q=1.5, de|de", "en;q=0.1234|NONE", "*|NONE",
            "fr;level=1|NONE", ",,|NONE", "e n|NONE", "abcdefghi|NONE", "nl-|NONE"})
    void aHeaderKeepsOnlyItsWellFormedEntries(String header, String kept) {
        assertThat(AcceptLanguage.wellFormed(header)).isEqualTo(kept);
    }

    @Test
    void theLanguagesComeMostWantedFirstWithoutThoseRefused() {
        assertThat(AcceptLanguage.languages("en;q=0.2, xx;q=abc, nl;q=0.8, de;q=0, fr-BE"))
                .containsExactly(Locale.forLanguageTag("fr-BE"), Locale.forLanguageTag("nl"), Locale.ENGLISH);
        assertThat(AcceptLanguage.languages(null)).isEmpty();
    }
}
