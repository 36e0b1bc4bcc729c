package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import be.wallonie.parcours.api.security.Tokens;

/**
 * A list of case files is read page after page by its {@code nextCursor} (keyset pagination): the same files in the
 * same order as one big page, none twice, and the last page has no cursor. A cursor the list did not give is a 400.
 */
@QuarkusTest
class CaseFileListPagingTest {

    private static final String AGENT = Tokens.AGENT_CRIPEL;

    @Test
    void walkingAListByItsCursorReadsEveryFileOnceInTheListsOrder() {
        for (int i = 0; i < 5; i++) {
            new CaseFileSteps(AGENT).open(CaseFileSteps.registerPerson(AGENT, TODAY.minusMonths(30), false),
                    TODAY.minusMonths(20).plusDays(i));
        }
        for (String list : List.of("&queue=overdue", "&queue=new", "&state=OPENED", "")) {
            Response first = Tokens.as(AGENT).get("/api/v1/caseFiles?pageSize=200" + list);
            first.then().statusCode(200);
            List<String> whole = first.path("items.id");
            int total = first.path("total");
            assertThat((String) first.path("nextCursor")).as("a page that holds the rest has no cursor")
                    .isEqualTo(total <= 200 ? null : first.path("nextCursor"));
            int expected = Math.min(whole.size(), 15);
            List<String> walked = new ArrayList<>();
            String cursor = null;
            do {
                var request = Tokens.as(AGENT);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                Response page = request.get("/api/v1/caseFiles?pageSize=3" + list);
                page.then().statusCode(200);
                assertThat((int) page.path("total")).isEqualTo(total);
                walked.addAll(page.path("items.id"));
                cursor = page.path("nextCursor");
            } while (cursor != null && walked.size() < expected);
            assertThat(walked.subList(0, expected)).as(list).isEqualTo(whole.subList(0, expected))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void theTotalCountsTheWholeListWhateverThePage() {
        int total = Tokens.as(AGENT).get("/api/v1/caseFiles?queue=overdue&pageSize=1").then().statusCode(200)
                .extract().path("total");
        int second = Tokens.as(AGENT).get("/api/v1/caseFiles?queue=overdue&pageSize=1&page=2").then()
                .statusCode(200).extract().path("total");
        assertThat(second).isEqualTo(total);
    }

    @Test
    void aCursorTheListDidNotGiveIsABadRequest() {
        Tokens.as(AGENT).get("/api/v1/caseFiles?queue=overdue&cursor=not-a-cursor").then().statusCode(400)
                .contentType("application/problem+json").body("issues.field", hasItem("cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "0001-01-01"})
    void aForgedCursorWithADayNoFileCanHaveIsABadRequestNotAServerError(String day) {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((day + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        Tokens.as(AGENT).get("/api/v1/caseFiles?queue=overdue&cursor=" + forged).then().statusCode(400)
                .contentType("application/problem+json").body("issues.field", hasItem("cursor"));
    }
}
