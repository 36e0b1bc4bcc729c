package be.wallonie.parcours.domain.obligation;

import java.time.LocalDate;

/**
 * Named people for the tests, as builders so that a test states only the fact it is about. No real person: dates and
 * places are chosen for the rule under test.
 */
public final class ObligationFactsFixture {

    public static final String LIEGE = "62063";
    public static final String NAMUR = "92094";
    public static final String CHARLEROI = "52011";
    public static final String EUPEN = "63023";

    private ObligationFactsFixture() {
    }

    /** Family reunification in Liège, permit ordered on 2023-03-10 (18-month regime): obliged until 2024-09-10. */
    public static ObligationFacts.Builder obligedMoroccanInLiege() {
        return ObligationFacts.builder()
                .asOf(LocalDate.of(2023, 6, 1))
                .birthDate(LocalDate.of(1993, 5, 2))
                .nationality("MA")
                .communeNis(LIEGE, ReferenceDataFixture.communes())
                .permit(PermitType.FAMILY_REUNIFICATION, LocalDate.of(2023, 3, 10), 12)
                .legalStayStart(LocalDate.of(2023, 2, 1));
    }

    /** Recognised refugee in Charleroi, permit ordered on 2025-02-15 (3-year regime): obliged until 2028-02-15. */
    public static ObligationFacts.Builder obligedSyrianRefugeeInCharleroi() {
        return ObligationFacts.builder()
                .asOf(LocalDate.of(2025, 3, 1))
                .birthDate(LocalDate.of(2000, 1, 15))
                .nationality("SY")
                .communeNis(CHARLEROI, ReferenceDataFixture.communes())
                .permit(PermitType.REFUGEE, LocalDate.of(2025, 2, 15), 12);
    }

    /** An Indian worker in Namur whose permit was ordered on 2023-09-01, before any work period is stated. */
    public static ObligationFacts.Builder indianWorkerInNamur() {
        return ObligationFacts.builder()
                .asOf(LocalDate.of(2023, 10, 1))
                .birthDate(LocalDate.of(1990, 8, 8))
                .nationality("IN")
                .communeNis(NAMUR, ReferenceDataFixture.communes())
                .permit(PermitType.WORK, LocalDate.of(2023, 9, 1), 12);
    }

    /** Someone in Namur without any residence permit. */
    public static ObligationFacts.Builder venezuelanWithoutPermitInNamur() {
        return ObligationFacts.builder()
                .asOf(LocalDate.of(2024, 6, 1))
                .birthDate(LocalDate.of(1985, 1, 1))
                .nationality("VE")
                .communeNis(NAMUR, ReferenceDataFixture.communes());
    }
}
