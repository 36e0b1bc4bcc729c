package be.wallonie.parcours.api.infrastructure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.MultiMap;

/**
 * The back office's pages are revalidated at every visit, its content-named assets kept a year: a release is seen at
 * once, and a visit after the first downloads nothing but the page (docs/benchmarks/page-load.md).
 */
@QuarkusTest
class BackOfficeCachingTest {

    @Test
    void everyAnswerOfTheBackOfficeIsRevalidated() {
        // the tests do not build the back office: its paths answer 404 here, with the header all the same (the
        // packaged page and script are checked by backoffice-ui/e2e/lists-and-search.e2e.mjs)
        given().get("/login").then().header("Cache-Control", equalTo(BackOfficeCaching.REVALIDATE));
    }

    @Test
    void aContentNamedScriptIsKeptAYear() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().set("Content-Type", "text/javascript");
        BackOfficeCaching.set(headers, "/assets/index-DpvQrACn.js", 200);
        assertThat(headers.get("Cache-Control")).isEqualTo(BackOfficeCaching.HASHED);
        MultiMap page = MultiMap.caseInsensitiveMultiMap().set("Content-Type", "text/html");
        BackOfficeCaching.set(page, "/", 200);
        assertThat(page.get("Cache-Control")).isEqualTo(BackOfficeCaching.REVALIDATE);
    }

    @Test
    void aMissingAssetIsNotKept() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        BackOfficeCaching.set(headers, "/assets/index-gone.js", 404);
        assertThat(headers.get("Cache-Control")).isEqualTo(BackOfficeCaching.REVALIDATE);
        MultiMap page = MultiMap.caseInsensitiveMultiMap().set("Content-Type", "text/html;charset=UTF-8");
        BackOfficeCaching.set(page, "/assets/index-gone.js", 200);
        assertThat(page.get("Cache-Control")).isEqualTo(BackOfficeCaching.REVALIDATE);
    }

    @Test
    void theApiKeepsItsNoStore() {
        given().get("/api/v1/cris").then().header("Cache-Control", equalTo("no-store"));
    }
}
