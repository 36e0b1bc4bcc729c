package be.wallonie.parcours.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names are compared without case, accents, hyphens, spaces or apostrophes. */
class NormalisedNameTest {

    private static NormalisedName name(String lastName, String firstNames) {
        return new PersonName(lastName, firstNames).normalised();
    }

    @Test
    void caseAccentsHyphensSpacesAndApostrophesAreIgnored() {
        assertThat(name("N'Diaye", "Élodie-Marie")).isEqualTo(name("NDIAYE", "elodie marie"))
                .isEqualTo(new NormalisedName("ndiaye", "elodiemarie"));
    }

    @Test
    void lettersWithoutADecompositionAreSpelledOut() {
        assertThat(NormalisedName.normalise("Ødegaard Strauß Łukasz Æbelø")).isEqualTo("odegaardstrausslukaszaebelo");
        assertThat(NormalisedName.normalise("YILMAZ")).isEqualTo(NormalisedName.normalise("Yılmaz"));
    }

    @Test
    void lettersOfOtherScriptsAreKept() {
        assertThat(NormalisedName.normalise("بن علي")).isEqualTo("بنعلي");
    }

    @Test
    void swappedFamilyAndGivenNamesMatch() {
        NormalisedName written = name("Benali", "Amina");
        NormalisedName swapped = name("Amina", "Ben-Ali");

        assertThat(written.matches(swapped)).isTrue();
        assertThat(written.isSwapOf(swapped)).isTrue();
    }

    @Test
    void differentNamesDoNotMatch() {
        assertThat(name("Benali", "Amina").matches(name("Benali", "Amira"))).isFalse();
    }

    @Test
    void aSingleNameHasNoGivenNames() {
        assertThat(new PersonName(" Sukarno ", null)).isEqualTo(new PersonName("Sukarno", ""));
    }
}
