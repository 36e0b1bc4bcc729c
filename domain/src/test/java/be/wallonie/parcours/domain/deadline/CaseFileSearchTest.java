package be.wallonie.parcours.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class CaseFileSearchTest {

    @Test
    void wordsOfANameAreNormalisedAndTheShortOnesLeftOut() {
        CaseFileSearch search = CaseFileSearch.of("  Élodie-Marie  N'Diaye de ").orElseThrow();

        assertThat(search.nameWords()).containsExactly("elodiemarie", "ndiaye");
        assertThat(search.nationalNumber()).isEmpty();
        assertThat(search.phoneDigits()).isEmpty();
    }

    @Test
    void aNationalNumberIsReadWithOrWithoutItsDotsAndDash() {
        assertThat(CaseFileSearch.of("93.05.02-123.45").orElseThrow().nationalNumber()).contains("93050212345");
        assertThat(CaseFileSearch.of("93050212345").orElseThrow().nationalNumber()).contains("93050212345");
    }

    @Test
    void aNumberIsNeverReadAsAName() {
        assertThat(CaseFileSearch.of("0470 12 34 56").orElseThrow().nameWords()).isEmpty();
    }

    @Test
    void aPhoneIsItsDigitsWithoutTheLeadingZerosSoThatTheNationalAndInternationalFormsMeet() {
        assertThat(CaseFileSearch.of("0470/12.34.56").orElseThrow().phoneDigits()).contains("470123456");
        assertThat(CaseFileSearch.of("+32 470 12 34 56").orElseThrow().phoneDigits()).contains("32470123456");
    }

    @Test
    void theStartOfAFileNumberIsTheRangeOfTheIdsItCovers() {
        CaseFileSearch.IdRange range = CaseFileSearch.of("1B2C3D4E").orElseThrow().fileNumber().orElseThrow();

        assertThat(range.first()).isEqualTo(UUID.fromString("1b2c3d4e-0000-0000-0000-000000000000"));
        assertThat(range.last()).isEqualTo(UUID.fromString("1b2c3d4e-ffff-ffff-ffff-ffffffffffff"));
        UUID id = UUID.fromString("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
        assertThat(CaseFileSearch.of(id.toString()).orElseThrow().fileNumber().orElseThrow())
                .isEqualTo(new CaseFileSearch.IdRange(id, id));
    }

    @Test
    void aTextWithNothingLongEnoughIsNoSearch() {
        assertThat(CaseFileSearch.of("ab")).isEmpty();
        assertThat(CaseFileSearch.of("a b c")).isEmpty();
        assertThat(CaseFileSearch.of("   ")).isEmpty();
        assertThat(CaseFileSearch.of(null)).isEmpty();
        assertThat(CaseFileSearch.of("12345")).isEmpty();
    }
}
