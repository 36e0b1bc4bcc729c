package be.wallonie.parcours.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UriTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/api/v1/cris/CRIPEL|true", "/api/v1/persons/%C3%A9|true", "q=a+b%20c|true",
            "/a%00|false", "/a%1f|false", "/a%7F|false", "/a%09|false", "/a%zz|false", "/a%4|false", "/a%|false",
            "/a\u0001b|false", "/a%25%30%30|true"})
    void aRawTargetIsCleanWithoutControlCharactersOrBrokenEscapes(String raw, boolean clean) {
        assertThat(HttpEdge.UriText.isClean(raw)).isEqualTo(clean);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {"q=%00|q", "page%5Bsize%5D=%01|page[size]", "%00=1|NONE",
            "flag|flag"})
    void aParameterIsNamedDecoded(String parameter, String name) {
        assertThat(HttpEdge.UriText.nameOf(parameter)).isEqualTo(name);
    }
}
