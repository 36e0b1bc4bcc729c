package be.wallonie.parcours.api.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceDataTest {

    @Test
    void wallonieHas261Communes() {
        given().queryParam("pageSize", 200).get("/api/v1/communes")
                .then().statusCode(200)
                .body("total", equalTo(261))
                .body("items", hasSize(200))
                .body("page", equalTo(1))
                .body("pageSize", equalTo(200));
        given().queryParam("pageSize", 200).queryParam("page", 2).get("/api/v1/communes")
                .then().statusCode(200).body("items", hasSize(61));
    }

    @Test
    void thereAreEightCris() {
        given().get("/api/v1/cris")
                .then().statusCode(200)
                .body("$", hasSize(8))
                .body("code", equalTo(java.util.List.of("CAI", "CERAIC", "CIMB", "CRIBW", "CRIC", "CRILUX", "CRIPEL",
                        "CRVI")));
    }

    @Test
    void theNineGermanSpeakingCommunesAreOutOfScope() {
        var communes = given().queryParam("pageSize", 200).get("/api/v1/communes").then().extract().jsonPath()
                .getList("items.findAll { !it.inScope }.nisCode");
        var page2 = given().queryParam("pageSize", 200).queryParam("page", 2).get("/api/v1/communes").then()
                .extract().jsonPath().getList("items.findAll { !it.inScope }.nisCode");
        org.assertj.core.api.Assertions.assertThat(communes.size() + page2.size()).isEqualTo(9);
        given().get("/api/v1/communes/63012").then().statusCode(200) // Bullange / Büllingen
                .body("inScope", equalTo(false))
                .body("cri", nullValue());
    }

    @ParameterizedTest(name = "{0} is {2} ({1}), served by {3}")
    @CsvSource({"4000,62063,Liège,CRIPEL", "7711,57096,Mouscron,CERAIC", "5555,91015,Bièvre,CAI",
            "6688,82039,Bastogne,CRILUX", "5000,92094,Namur,CAI"})
    void postalCodeFindsItsCommuneAndCri(String postalCode, String nis, String name, String cri) {
        given().queryParam("postalCode", postalCode).get("/api/v1/communes")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].nisCode", equalTo(nis))
                .body("items[0].name", equalTo(name))
                .body("items[0].cri.code", equalTo(cri))
                .body("items[0].postalCodes", hasItem(postalCode));
    }

    @Test
    void communeIsReadWithItsCriAndVersion() {
        given().get("/api/v1/communes/62063")
                .then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("name", equalTo("Liège"))
                .body("province", equalTo("Liège"))
                .body("cri.code", equalTo("CRIPEL"))
                .body("inScope", equalTo(true));
    }

    @Test
    void oldNisCodeFindsTheCommuneThatReplacedIt() {
        given().get("/api/v1/communes/82005") // Bertogne, merged into Bastogne in 2025
                .then().statusCode(200)
                .body("nisCode", equalTo("82039"))
                .body("name", equalTo("Bastogne"));
    }

    @Test
    void communesOfACri() {
        given().queryParam("cri", "CRIPEL").queryParam("pageSize", 200).get("/api/v1/communes")
                .then().statusCode(200)
                .body("total", equalTo(55))
                .body("items.cri.code", everyItem(equalTo("CRIPEL")));
    }

    @Test
    void malformedPostalCodeIsABadRequest() {
        given().queryParam("postalCode", "40A0").get("/api/v1/communes")
                .then().statusCode(400).body("issues[0].field", equalTo("postalCode"));
    }

    @Test
    void pageSizeIsBounded() {
        given().queryParam("pageSize", 1000).get("/api/v1/communes")
                .then().statusCode(400).body("issues[0].field", equalTo("pageSize"));
        given().queryParam("page", 0).get("/api/v1/communes")
                .then().statusCode(400).body("issues[0].field", equalTo("page"));
    }

    @Test
    void unreadableQueryParameterIsABadRequestNotANotFound() {
        given().queryParam("page", "abc").get("/api/v1/communes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:malformed-request"));
    }

    @Test
    void unknownCommuneIsNotFound() {
        given().get("/api/v1/communes/21004").then().statusCode(404); // Brussels is not in Wallonia
        given().get("/api/v1/communes/abc").then().statusCode(404);
    }

    @Test
    void unknownCriIsNotFound() {
        given().get("/api/v1/cris/NOPE").then().statusCode(404);
    }
}
