package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.race.Race;
import be.wallonie.parcours.api.security.Tokens;

/**
 * Twenty members of staff change the same case file at the same moment, each with the ETag they read (the same one):
 * the version is the file's lock (docs/adr/0012-case-file-version-covers-its-parts.md), so exactly one change wins and
 * every other is answered 412 {@code precondition-failed}, never 500, and nothing of the losers is kept.
 */
@QuarkusTest
class ConcurrentWritersTest {

    private static final int WRITERS = 20;
    /** Races run one after the other on the same file: a window that one race misses, another may hit. */
    private static final int ROUNDS = 3;

    @Test
    void twentyWritersWithTheSameIfMatchOneWinsTheOthersAre412AndNoUpdateIsLost() throws Exception {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, TODAY.minusMonths(6), false), TODAY.minusDays(20));
        file.post("reception", Map.of()).then().statusCode(201);
        // one change alone, to know by how much one change raises the version
        long beforeAlone = version(file.etag());
        file.put("reception/socialReview", review("Seul")).then().statusCode(200);
        long step = version(file.etag()) - beforeAlone;
        for (int round = 0; round < ROUNDS; round++) {
            file.refresh();
            String read = file.etag();
            List<Response> answers = Race.of(WRITERS, writer -> Tokens.as(Tokens.AGENT_CRIPEL)
                    .contentType(ContentType.JSON).header("If-Match", read).body(review("Rédacteur " + writer))
                    .put(file.url("reception/socialReview")));

            List<Response> won = answers.stream().filter(a -> a.statusCode() == 200).toList();
            assertThat(won).hasSize(1);
            assertThat(answers).filteredOn(a -> a.statusCode() != 200).hasSize(WRITERS - 1)
                    .allSatisfy(lost -> {
                        assertThat(lost.statusCode()).as(lost.asString()).isEqualTo(412);
                        assertThat(lost.contentType()).startsWith("application/problem+json");
                        assertThat(lost.jsonPath().getString("type"))
                                .isEqualTo("urn:parcours:problem:precondition-failed");
                    });
            Response winner = won.get(0);
            Response now = Tokens.as(Tokens.AGENT_CRIPEL).get(file.url("reception"));
            now.then().statusCode(200);
            assertThat(now.jsonPath().getString("socialReview.notes"))
                    .isEqualTo(winner.jsonPath().getString("socialReview.notes"))
                    .startsWith("Rédacteur ");
            String etag = file.get().header("ETag");
            assertThat(etag).isEqualTo(winner.header("ETag"));
            assertThat(version(etag)).isEqualTo(version(read) + step);
        }
    }

    private static Map<String, Object> review(String notes) {
        Map<String, Object> review = new HashMap<>(CaseFileSteps.socialReview(TODAY.minusDays(10), false));
        review.put("notes", notes);
        return review;
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
    }
}
