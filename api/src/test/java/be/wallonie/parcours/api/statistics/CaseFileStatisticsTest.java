package be.wallonie.parcours.api.statistics;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;

/**
 * GET /statistics/caseFiles: counts of case files by state today and by month of opening, computed for the caller's
 * CRI only (or the whole Region for an analyst), every state and every month present, zeros included.
 */
@QuarkusTest
class CaseFileStatisticsTest {

    private static final String URL = "/api/v1/statistics/caseFiles";
    private static final LocalDate ORDERED = LocalDate.of(2025, 3, 10);
    private static final YearMonth THIS_MONTH = YearMonth.from(TODAY);

    @Inject
    EntityManager entityManager;

    /** The figures of the CRI of {@code user} (or the Region for an analyst), with the given query. */
    private static JsonPath statistics(RequestSpecification request) {
        return request.get(URL).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath statistics(String user) {
        return statistics(Tokens.as(user));
    }

    private static long now(JsonPath figures, String state) {
        return figures.getLong("byState.find { it.state == '" + state + "' }.count");
    }

    private static long opened(JsonPath figures, YearMonth month, String state) {
        return figures.getLong("months.find { it.month == '" + month + "' }.byState.find { it.state == '" + state
                + "' }.count");
    }

    private static String openedFile(String user, String personId, LocalDate on) {
        CaseFileSteps file = new CaseFileSteps(user);
        file.open(personId, on);
        return file.fileId();
    }

    @Test
    void aCrisFiguresCountItsOwnFilesAndNeverAnotherCris() {
        JsonPath cripelBefore = statistics(Tokens.AGENT_CRIPEL);
        JsonPath caiBefore = statistics(Tokens.AGENT_CAI);

        openedFile(Tokens.AGENT_CRIPEL, CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY);
        openedFile(Tokens.AGENT_CAI, CaseFileSteps.registerPersonInNamur(Tokens.AGENT_CAI, ORDERED), TODAY);
        openedFile(Tokens.AGENT_CAI, CaseFileSteps.registerPersonInNamur(Tokens.AGENT_CAI, ORDERED), TODAY);

        JsonPath cripel = statistics(Tokens.SUPERVISOR_CRIPEL);
        JsonPath cai = statistics(Tokens.AGENT_CAI);
        assertThat(cripel.getString("cri")).isEqualTo("CRIPEL");
        assertThat(cai.getString("cri")).isEqualTo("CAI");
        assertThat(now(cripel, "OPENED") - now(cripelBefore, "OPENED")).isEqualTo(1);
        assertThat(cripel.getLong("total") - cripelBefore.getLong("total")).isEqualTo(1);
        assertThat(opened(cripel, THIS_MONTH, "OPENED") - opened(cripelBefore, THIS_MONTH, "OPENED")).isEqualTo(1);
        assertThat(now(cai, "OPENED") - now(caiBefore, "OPENED")).isEqualTo(2);
        assertThat(cai.getLong("total") - caiBefore.getLong("total")).isEqualTo(2);
        assertThat(opened(cai, THIS_MONTH, "OPENED") - opened(caiBefore, THIS_MONTH, "OPENED")).isEqualTo(2);
    }

    /**
     * The counts the figures read ({@code case_file_count}, kept by triggers) are the files counted one by one, after
     * the files this test opens and moves and those of every test that ran before it in this run.
     */
    @Test
    void theKeptCountsAreTheFilesCountedOneByOne() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false),
                THIS_MONTH.minusMonths(1).atDay(5));
        file.post("reception", Map.of()).then().statusCode(201);

        List<?> differences = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                (select cri_code, date_trunc('month', opened_on)::date, state, count(*) from case_file group by 1, 2, 3
                 except select cri_code, opened_month, state, files from case_file_count where files > 0)
                union all
                (select cri_code, opened_month, state, files from case_file_count where files > 0
                 except select cri_code, date_trunc('month', opened_on)::date, state, count(*) from case_file
                 group by 1, 2, 3)
                union all
                select cri_code, opened_month, state, files from case_file_count where files < 0""")
                .getResultList());
        assertThat(differences).isEmpty();
    }

    @Test
    void aCriStaffMemberAskingForAnotherCriIsRefused() {
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("cri", "CAI").get(URL).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:forbidden"));
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("cri", "CRIPEL").get(URL).then().statusCode(200)
                .body("cri", equalTo("CRIPEL"));
    }

    @Test
    void aMonthCountsTheFilesOpenedThatMonthUnderTheStateTheyAreInToday() {
        YearMonth twoMonthsAgo = THIS_MONTH.minusMonths(2);
        JsonPath before = statistics(Tokens.AGENT_CRIPEL);
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), twoMonthsAgo.atDay(3));
        file.post("reception", Map.of()).then().statusCode(201);

        JsonPath after = statistics(Tokens.AGENT_CRIPEL);
        assertThat(after.getString("monthlyBasis")).isEqualTo("OPENED_IN_MONTH_BY_CURRENT_STATE");
        assertThat(opened(after, twoMonthsAgo, "RECEPTION") - opened(before, twoMonthsAgo, "RECEPTION"))
                .isEqualTo(1);
        assertThat(opened(after, twoMonthsAgo, "OPENED")).isEqualTo(opened(before, twoMonthsAgo, "OPENED"));
        assertThat(now(after, "RECEPTION") - now(before, "RECEPTION")).isEqualTo(1);
    }

    @Test
    void monthsWithoutAFileArePresentWithZerosAndEveryStateIsCounted() {
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("from", "2001-03").queryParam("to", "2002-02").get(URL).then()
                .statusCode(200)
                .body("from", equalTo("2001-03"))
                .body("to", equalTo("2002-02"))
                .body("months", hasSize(12))
                .body("months[0].month", equalTo("2001-03"))
                .body("months[11].month", equalTo("2002-02"))
                .body("months.total", everyItem(equalTo(0)))
                .body("months[5].byState", hasSize(9))
                .body("months[5].byState.count", everyItem(equalTo(0)))
                .body("byState.state", equalTo(List.of("OPENED", "RECEPTION", "CONVENTION_SIGNED", "IN_PROGRESS",
                        "COMPLETED", "ATTESTATION_ISSUED", "SUSPENDED", "TRANSFERRED", "CLOSED")));
    }

    @Test
    void withoutARangeTheFiguresCoverTheLastTwelveMonths() {
        JsonPath figures = statistics(Tokens.AGENT_CRIPEL);
        assertThat(figures.getString("to")).isEqualTo(THIS_MONTH.toString());
        assertThat(figures.getString("from")).isEqualTo(THIS_MONTH.minusMonths(11).toString());
        assertThat(figures.getList("months")).hasSize(12);
        assertThat(figures.getString("asOf")).isEqualTo(TODAY.toString());
    }

    @Test
    void aRangeOfThirtySixMonthsIsAnsweredAndOneMonthMoreIsRefused() {
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("from", "2024-01").queryParam("to", "2026-12").get(URL).then()
                .statusCode(200).body("months", hasSize(36));
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("from", "2024-01").queryParam("to", "2027-01").get(URL).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("issues[0].field", equalTo("to"));
    }

    @ParameterizedTest(name = "from={0} to={1} names {2}")
    @CsvSource({"2026-13,2026-12,from", "2026,2026-12,from", "2026-01,12/2026,to", "2026-06,2026-05,from"})
    void anUnreadableOrReversedRangeIsRefusedNamingItsField(String from, String to, String field) {
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("from", from).queryParam("to", to).get(URL).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("issues", hasSize(1))
                .body("issues[0].field", equalTo(field));
    }

    @Test
    void anAnalystSeesTheWholeRegionOrOneCri() {
        JsonPath regionBefore = statistics(Tokens.ANALYST);
        openedFile(Tokens.AGENT_CRIPEL, CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY);
        openedFile(Tokens.AGENT_CAI, CaseFileSteps.registerPersonInNamur(Tokens.AGENT_CAI, ORDERED), TODAY);

        JsonPath region = statistics(Tokens.ANALYST);
        assertThat(region.getString("cri")).isNull();
        assertThat(region.getLong("total") - regionBefore.getLong("total")).isEqualTo(2);
        assertThat(now(region, "OPENED") - now(regionBefore, "OPENED")).isEqualTo(2);

        JsonPath cripel = statistics(Tokens.as(Tokens.ANALYST).queryParam("cri", "CRIPEL"));
        assertThat(cripel.getString("cri")).isEqualTo("CRIPEL");
        assertThat(cripel.getList("byState")).isEqualTo(statistics(Tokens.AGENT_CRIPEL).getList("byState"));
        assertThat(cripel.getLong("total")).isLessThan(region.getLong("total"));

        Tokens.as(Tokens.ANALYST).queryParam("cri", "NOWHERE").get(URL).then().statusCode(400)
                .body("issues[0].field", equalTo("cri"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Tokens.TRAINER_ILI, Tokens.COMMUNE_LIEGE, Tokens.CPAS_LIEGE, Tokens.ADMIN})
    void anyOtherRoleIsForbidden(String user) {
        Tokens.as(user).get(URL).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:forbidden"))
                .body("byState", nullValue());
    }

    @Test
    void anAnonymousCallerIsAskedToSignIn() {
        io.restassured.RestAssured.given().get(URL).then().statusCode(401);
    }
}
