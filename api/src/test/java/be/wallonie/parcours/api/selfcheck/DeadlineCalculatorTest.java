package be.wallonie.parcours.api.selfcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** GET /public/deadline: the same calculator as the rules engine, open to anyone. */
@QuarkusTest
class DeadlineCalculatorTest {

    @ParameterizedTest(name = "ordered {0}: due {1} ({2})")
    @CsvSource({"2023-08-31,2025-02-28,REGIME_2018,18", "2016-05-19,2017-11-19,REGIME_2016,18",
            "2018-12-17,2020-06-17,REGIME_2018,18", "2024-12-31,2026-06-30,REGIME_2018,18",
            "2025-01-01,2028-01-01,REGIME_2025_THREE_YEARS,36", "2028-02-29,2031-02-28,REGIME_2025_THREE_YEARS,36"})
    void deadlineFollowsTheRegimeOfTheOrderDate(String orderDate, String deadline, String regime, int months) {
        given().queryParam("orderDate", orderDate).get("/api/v1/public/deadline")
                .then().statusCode(200)
                .body("orderDate", equalTo(orderDate))
                .body("deadline", equalTo(deadline))
                .body("regime", equalTo(regime))
                .body("months", equalTo(months))
                .body("reason", nullValue());
    }

    @Test
    void permitOrderedBefore2016HasNoDeadlineAndSaysWhy() {
        given().queryParam("orderDate", "2016-05-18").get("/api/v1/public/deadline")
                .then().statusCode(200)
                .body("orderDate", equalTo("2016-05-18"))
                .body("deadline", nullValue())
                .body("regime", nullValue())
                .body("months", nullValue())
                .body("reason", equalTo("PERMIT_BEFORE_2016"));
    }

    @Test
    void missingOrderDateIsNamed() {
        given().get("/api/v1/public/deadline")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("issues.field", contains("orderDate"))
                .body("issues[0].message", equalTo("obligatoire"));
    }

    @ParameterizedTest(name = "orderDate \"{0}\" is named")
    @ValueSource(strings = {"2023-02-30", "31/08/2023", "yesterday", "2023-8-31", " ", "9999-12-31",
            "+999999999-12-31", "1899-12-31"})
    void malformedOrderDateIsNamed(String orderDate) {
        given().header("Accept-Language", "en").queryParam("orderDate", orderDate).get("/api/v1/public/deadline")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("issues.field", contains("orderDate"));
    }

    @Test
    void malformedOrderDateMessageIsTranslated() {
        given().header("Accept-Language", "en").queryParam("orderDate", "31/08/2023").get("/api/v1/public/deadline")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("issues[0].message", equalTo("must be a date in the format YYYY-MM-DD"));
    }
}
