package be.wallonie.parcours.api.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThan;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The countries and languages that forms offer by name: public, in the language asked for, sorted by name. */
@QuarkusTest
class ReferenceNamesTest {

    @Test
    void countriesAreNamedInFrenchByDefaultKosovoIncluded() {
        given().get("/api/v1/countries").then().statusCode(200)
                .header("Content-Language", "fr")
                .header("Vary", equalTo("Accept-Language"))
                .body("size()", greaterThan(240))
                .body("find { it.code == 'SY' }.name", equalTo("Syrie"))
                .body("find { it.code == 'XK' }.name", equalTo("Kosovo"))
                .body("find { it.code == 'BE' }.name", equalTo("Belgique"));
    }

    @Test
    void countriesAreSortedByNameAsTheLanguageSortsThem() {
        List<String> names = given().get("/api/v1/countries").then().statusCode(200).extract().jsonPath()
                .getList("name");
        // "Égypte" sorts with the E, before "Émirats" and "Équateur", not after "Zimbabwe"
        org.assertj.core.api.Assertions.assertThat(names.indexOf("Égypte")).isLessThan(names.indexOf("Espagne"));
        org.assertj.core.api.Assertions.assertThat(names.get(0)).isEqualTo("Afghanistan");
    }

    @Test
    void countriesFollowAcceptLanguage() {
        given().header("Accept-Language", "nl").get("/api/v1/countries").then().statusCode(200)
                .header("Content-Language", "nl")
                .body("find { it.code == 'BE' }.name", equalTo("België"));
    }

    @Test
    void languagesAreNamedWithACapitalAndDariComesFromTheMessages() {
        given().get("/api/v1/languages").then().statusCode(200)
                .body("find { it.code == 'ar' }.name", equalTo("Arabe"))
                .body("find { it.code == 'prs' }.name", equalTo("Dari"))
                .body("code", hasItem("ckb"));
        given().header("Accept-Language", "en").get("/api/v1/languages").then().statusCode(200)
                .body("find { it.code == 'prs' }.name", equalTo("Dari (Afghan Persian)"));
    }

    @Test
    void aMalformedAcceptLanguageAnswersInFrenchNeverA500() {
        given().header("Accept-Language", "xx-YY;q=abc").get("/api/v1/languages").then().statusCode(200)
                .header("Content-Language", "fr")
                .body("find { it.code == 'fr' }.name", equalTo("Français"));
    }

    @Test
    void referenceNamesAreReadOnly() {
        given().contentType("application/json").body("{}").post("/api/v1/countries").then().statusCode(405);
        given().get("/api/v1/countries/SY").then().statusCode(404);
        given().get("/api/v1/languages").then().body("code", hasItem("fr")).body("size()", greaterThan(180));
    }
}
