package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;

/**
 * A list of case files reads each part of the files (reception, convention, enrolments, interviews, attendance,
 * persons) for all of them at once: the number of queries of a page or a work queue does not grow with its files.
 * Hibernate's statistics are on in the test profile to count them.
 */
@QuarkusTest
class CaseFileListQueriesTest {

    private static final String AGENT = "agent.cai";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageAndAWorkQueueCostTheSameQueriesWhateverTheirNumberOfFiles() {
        addFilesWithEveryPart(2);
        long pageBefore = queriesOf("/api/v1/caseFiles?pageSize=100");
        long queueBefore = queriesOf("/api/v1/caseFiles?queue=overdue&pageSize=100");
        int listedBefore = listed("/api/v1/caseFiles?pageSize=100");

        addFilesWithEveryPart(6);

        assertThat(listed("/api/v1/caseFiles?pageSize=100")).isGreaterThanOrEqualTo(listedBefore + 6);
        assertThat(queriesOf("/api/v1/caseFiles?pageSize=100")).as("queries of a page of files")
                .isEqualTo(pageBefore);
        assertThat(queriesOf("/api/v1/caseFiles?queue=overdue&pageSize=100")).as("queries of a work queue")
                .isEqualTo(queueBefore);
    }

    @Test
    void aFilteredListAndASearchCostTheSameQueriesWhateverTheirNumberOfFiles() {
        String filtered = "/api/v1/caseFiles?pageSize=100&commune=92094&late=true&axis=RECEPTION&sort=deadline";
        addFilesWithEveryPart(2);
        long listBefore = queriesOf(filtered);
        long searchBefore = searchQueriesOf("parcours");

        addFilesWithEveryPart(6);

        assertThat(queriesOf(filtered)).as("queries of a filtered list").isEqualTo(listBefore);
        assertThat(searchQueriesOf("parcours")).as("queries of a search").isEqualTo(searchBefore);
    }

    private long searchQueriesOf(String text) {
        Tokens.as(AGENT).get("/api/v1/me").then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Tokens.as(AGENT).contentType(io.restassured.http.ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/caseFiles/query").then().statusCode(200);
        return statistics.getQueryExecutionCount();
    }

    /** Files opened long ago, signed, with an enrolment and an interview: every part a summary reads. */
    private static void addFilesWithEveryPart(int count) {
        for (int i = 0; i < count; i++) {
            CaseFileSteps steps = new CaseFileSteps(AGENT);
            steps.open(CaseFileSteps.registerPersonInNamur(AGENT, TODAY.minusMonths(20)),
                    TODAY.minusMonths(19));
            steps.receptionAndSignature(TODAY.minusMonths(18), "A1", false, TODAY.minusMonths(18));
            steps.post("enrolments", Map.of("operatorCode", "ILI-NAMUR", "axis", "CITIZENSHIP", "startDate",
                    TODAY.minusMonths(17).toString())).then().log().ifValidationFails().statusCode(201);
            steps.post("evaluationInterviews", Map.of("heldOn", TODAY.minusMonths(12).toString(), "notes", "Suivi"))
                    .then().statusCode(201);
        }
    }

    /**
     * The queries of one request, the caller's token version already read: that read (at most every 5 s, ADR 0027)
     * belongs to the caller, not to the list, and would otherwise count in whichever measure its cache expires.
     */
    private long queriesOf(String path) {
        Tokens.as(AGENT).get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Tokens.as(AGENT).get(path).then().statusCode(200);
        return statistics.getQueryExecutionCount();
    }

    private static int listed(String path) {
        return Tokens.as(AGENT).get(path).then().statusCode(200).extract().path("items.size()");
    }
}
