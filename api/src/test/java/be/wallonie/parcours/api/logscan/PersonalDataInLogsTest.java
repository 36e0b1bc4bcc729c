package be.wallonie.parcours.api.logscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanner of {@link TestSuiteLogTest} finds what is planted in a log, and names where without quoting it. */
class PersonalDataInLogsTest {

    /** A valid national number (born 1985-07-30, serial 033). */
    private static final String NUMBER = "85073003328";

    @TempDir
    Path folder;

    private List<PersonalDataInLogs.Hit> scan(String log, Set<LocalDate> birthDates) throws Exception {
        Path file = folder.resolve("quarkus.log");
        Files.writeString(file, log);
        return new PersonalDataInLogs(birthDates).scan(file);
    }

    @Test
    void aPlantedNationalNumberIsFoundByFileAndLineWithoutQuotingIt() throws Exception {
        List<PersonalDataInLogs.Hit> hits = scan("""
                10:00:00.000 INFO  [be.wa.pa.ap.pe.PersonService] (executor-1) Person 1f0c created
                10:00:00.001 WARN  [or.hi.en.jd.sp.SqlExceptionHelper] (executor-1) Key (national_number)=(%s) exists
                """.formatted(NUMBER), Set.of());
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.file().getFileName().toString()).isEqualTo("quarkus.log");
            assertThat(hit.line()).isEqualTo(2);
            assertThat(hit.toString()).contains("quarkus.log:2").contains("national number").doesNotContain(NUMBER);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"85.07.30-033.28", "85 07 30 033 28", "85-07-30-033-28", "nn=85073003328;"})
    void aNationalNumberIsFoundAsPeopleWriteIt(String written) throws Exception {
        assertThat(scan("detail: " + written + "\n", Set.of())).hasSize(1);
    }

    @Test
    void aBisNumberAndANumberOfSomeoneBornIn2000OrLaterAreFound() {
        // BIS: month + 40 (born 1990-01-20); born 2003-04-05: check digits over 2YYMMDDSSS
        String bis = bisNumber();
        assertThat(PersonalDataInLogs.holdsNationalNumber("bis " + bis)).isTrue();
        assertThat(PersonalDataInLogs.holdsNationalNumber("born " + bornIn2003())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003329", "started in 12345678901 ns", "id 1733529600123", "port 34683",
            "85990103328", "8507300332"})
    void digitsThatAreNoNationalNumberAreNotAHit(String line) {
        assertThat(PersonalDataInLogs.holdsNationalNumber(line)).isFalse();
    }

    @Test
    void aBirthDateTheTestsUsedIsFoundInEveryUsualWriting() throws Exception {
        Set<LocalDate> born = Set.of(LocalDate.of(1990, 1, 20));
        assertThat(scan("a 1990-01-20\nb 20/01/1990\nc 20.01.1990\nd 20-01-1990\ne 1990-01-21\n", born))
                .extracting(PersonalDataInLogs.Hit::line).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aCleanLogHasNoHit() throws Exception {
        assertThat(scan("10:00:00 INFO Person 1f0c-42 created by agent.cripel on 2026-11-23\n",
                Set.of(LocalDate.of(1990, 1, 20)))).isEmpty();
    }

    @Test
    void theBirthDatesOfATestSourceAreTheDatesUpTo2010() {
        String source = """
                LocalDate birthDate = LocalDate.of(1987, 9, 9);
                body.put("birthDate", "1990-01-01");
                LocalDate permit = LocalDate.of(2024, 5, 4);
                String broken = "1990-02-31";
                """;
        assertThat(PersonalDataInLogs.birthDatesIn(source))
                .containsExactlyInAnyOrder(LocalDate.of(1987, 9, 9), LocalDate.of(1990, 1, 1));
    }

    private static String bisNumber() {
        return withCheckDigits("904120017", false);
    }

    private static String bornIn2003() {
        return withCheckDigits("030405123", true);
    }

    private static String withCheckDigits(String nine, boolean bornIn2000OrLater) {
        long base = Long.parseLong(nine) + (bornIn2000OrLater ? 2_000_000_000L : 0);
        return nine + String.format("%02d", 97 - base % 97);
    }
}
