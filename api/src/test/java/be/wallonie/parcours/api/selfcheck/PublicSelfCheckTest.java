package be.wallonie.parcours.api.selfcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.selfcheck.ProgrammeStep;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The public self-check: no login, texts in five languages, steps validated as the regional wizard does. */
@QuarkusTest
class PublicSelfCheckTest {

    private static final List<String> STEP_IDS = Arrays.stream(ProgrammeStep.values()).map(Enum::name).toList();

    private static ValidatableResponse selfCheck(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/public/selfChecks").then();
    }

    private static String stateOf(String step) {
        return "steps.find { it.id == '" + step + "' }.state";
    }

    private static JsonNode stepsFile(String language) throws IOException {
        try (InputStream in = PublicSelfCheckTest.class.getResourceAsStream("/selfcheck/steps." + language + ".json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @ParameterizedTest(name = "texts in {0}")
    @ValueSource(strings = {"fr", "en", "nl", "de", "ar"})
    void stepsSpeakEachOfTheFiveLanguages(String language) throws IOException {
        JsonNode steps = stepsFile(language).path("steps");
        ValidatableResponse response = given().header("Accept-Language", language).contentType(ContentType.JSON)
                .body("{}").post("/api/v1/public/selfChecks")
                .then().statusCode(200)
                .header("Content-Language", language)
                .body("language", equalTo(language))
                .body("steps.id", contains(STEP_IDS.toArray()))
                .body("steps.what", everyItem(not(emptyOrNullString())))
                .body("steps.how", everyItem(not(emptyOrNullString())))
                .body("steps.who", everyItem(not(emptyOrNullString())));
        for (String id : STEP_IDS) {
            response.body("steps.find { it.id == '" + id + "' }.title", equalTo(steps.path(id).path("title").asText()))
                    .body("steps.find { it.id == '" + id + "' }.who", equalTo(steps.path(id).path("who").asText()));
        }
    }

    @Test
    void arabicTextsAreReturned() {
        given().header("Accept-Language", "ar").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/public/selfChecks")
                .then().statusCode(200)
                .header("Content-Language", "ar")
                .body("steps.find { it.id == 'SOCIAL_REVIEW' }.title", equalTo("التقييم الاجتماعي"));
    }

    @ParameterizedTest(name = "Accept-Language {0} gives {1}")
    @CsvSource(delimiter = '|', value = {"es|fr", "'es, nl;q=0.8, en;q=0.5'|nl", "de-CH|de", "'en-GB,en;q=0.9'|en",
            "'*'|fr", "'ar-MA, fr;q=0.5'|ar", "'fr;q=0.2, de;q=0.9'|de"})
    void languageIsNegotiatedAndFrenchByDefault(String acceptLanguage, String language) {
        given().header("Accept-Language", acceptLanguage).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/public/selfChecks")
                .then().statusCode(200)
                .header("Content-Language", language)
                .header("Vary", "Accept-Language")
                .body("language", equalTo(language));
    }

    @Test
    void withoutAcceptLanguageTheTextsAreFrench() {
        selfCheck("{}").statusCode(200).header("Content-Language", "fr")
                .body("steps[0].title", equalTo("Premier rendez-vous au CRI"));
    }

    @Test
    void nothingAnsweredLeavesEveryStepToDo() {
        selfCheck("{}").statusCode(200)
                .body("steps.state", everyItem(equalTo("TO_DO")))
                .body("complete", equalTo(false))
                .body("maxEndDate", nullValue())
                .body("cri", nullValue())
                .body("outOfScope", equalTo(false));
        given().contentType(ContentType.JSON).post("/api/v1/public/selfChecks")
                .then().statusCode(200).body("steps", hasSize(9));
    }

    @Test
    void onlyYesValidatesAStep() {
        selfCheck("""
                {"visitedCri": "YES", "socialReviewDone": "NO", "conventionSigned": "DONT_KNOW"}""")
                .statusCode(200)
                .body(stateOf("RECEPTION_VISIT"), equalTo("VALIDATED"))
                .body(stateOf("SOCIAL_REVIEW"), equalTo("TO_DO"))
                .body(stateOf("CONVENTION"), equalTo("TO_DO"));
    }

    @ParameterizedTest(name = "400 h {0}, A2 {1}: French {2}")
    @CsvSource({"NO,YES,VALIDATED", "DONT_KNOW,YES,VALIDATED", "YES,NO,VALIDATED", "NO,NO,TO_DO",
            "DONT_KNOW,DONT_KNOW,TO_DO"})
    void a2CertificateReplacesThe400Hours(String french400h, String a2, String state) {
        selfCheck("""
                {"french400h": "%s", "a2Certificate": "%s"}""".formatted(french400h, a2))
                .statusCode(200).body(stateOf("FRENCH"), equalTo(state));
    }

    @ParameterizedTest(name = "4 h or release {0}: orientation {1}")
    @CsvSource({"YES,VALIDATED", "NO,TO_DO", "DONT_KNOW,TO_DO"})
    void ispReleaseReplacesTheFourHours(String answer, String state) {
        selfCheck("""
                {"isp4hOrRelease": "%s"}""".formatted(answer))
                .statusCode(200).body(stateOf("SOCIO_PROFESSIONAL"), equalTo(state));
    }

    @Test
    void everyStepValidatedIsComplete() {
        selfCheck("""
                {"mustParticipate": "YES", "permitReceived": "YES", "visitedCri": "YES", "socialReviewDone": "YES",
                 "conventionSigned": "YES", "frenchTestDone": "YES", "rightsAndDutiesAttended": "YES",
                 "citizenship60h": "YES", "french400h": "NO", "a2Certificate": "YES", "isp4hOrRelease": "YES",
                 "finalAttestationReceived": "NO"}""")
                .statusCode(200)
                .body(stateOf("ATTESTATION"), equalTo("TO_DO"))
                .body("complete", equalTo(false));
    }

    @Test
    void receivedAttestationValidatesEveryStep() {
        selfCheck("""
                {"finalAttestationReceived": "YES"}""")
                .statusCode(200)
                .body("steps.state", everyItem(equalTo("VALIDATED")))
                .body("complete", equalTo(true));
    }

    @ParameterizedTest(name = "permit ordered on {0}")
    @ValueSource(strings = {"2016-05-19", "2018-12-17", "2023-08-31", "2024-12-31", "2025-01-01", "2028-02-29"})
    void maxEndDateIsTheRulesEnginesDeadline(String orderDate) {
        String deadline = Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body("""
                {"asOf": "%s", "birthDate": "1990-01-15", "nationality": "MA", "communeNis": "62063",
                 "permit": {"type": "WORK", "orderDate": "%s"}}""".formatted(orderDate, orderDate))
                .post("/api/v1/obligationChecks")
                .then().statusCode(200).body("status", equalTo("OBLIGED"))
                .extract().path("deadline");
        selfCheck("""
                {"mustParticipate": "YES", "permitOrderDate": "%s"}""".formatted(orderDate))
                .statusCode(200).body("maxEndDate", equalTo(deadline));
        given().queryParam("orderDate", orderDate).get("/api/v1/public/deadline")
                .then().statusCode(200).body("deadline", equalTo(deadline));
    }

    @Test
    void noMaxEndDateWhenNotObligedOrNoPermitOrBefore2016() {
        selfCheck("""
                {"mustParticipate": "NO", "permitOrderDate": "2023-08-31"}""").statusCode(200)
                .body("maxEndDate", nullValue());
        selfCheck("""
                {"permitReceived": "NO", "permitOrderDate": "2023-08-31"}""").statusCode(200)
                .body("maxEndDate", nullValue());
        selfCheck("""
                {"permitOrderDate": "2016-05-18"}""").statusCode(200)
                .body("maxEndDate", nullValue());
        selfCheck("""
                {"mustParticipate": "DONT_KNOW", "permitOrderDate": "2023-08-31"}""").statusCode(200)
                .body("maxEndDate", equalTo("2025-02-28"))
                .body("regime", equalTo("REGIME_2018"));
    }

    @Test
    void postalCode4000GivesCripelToContact() {
        selfCheck("""
                {"postalCode": "4000"}""")
                .statusCode(200)
                .body("outOfScope", equalTo(false))
                .body("cri.code", equalTo("CRIPEL"))
                .body("cri.name", equalTo("Centre Régional pour l'Intégration des Personnes Étrangères ou "
                        + "d'origine étrangère de Liège"))
                .body("cri.seat", equalTo("Liège"));
    }

    @Test
    void criContactDetailsAreGiven() {
        selfCheck("""
                {"postalCode": "5000"}""")
                .statusCode(200)
                .body("cri.code", equalTo("CAI"))
                .body("cri.address", equalTo("Rue Docteur Haibe 2, 5002 Saint-Servais"))
                .body("cri.phone", equalTo("081 71 35 18"))
                .body("cri.website", equalTo("cainamur.be"));
    }

    @ParameterizedTest(name = "postal code {0} (German-language region)")
    @ValueSource(strings = {"4700", "4750", "4780"})
    void germanSpeakingPostalCodeIsOutOfScope(String postalCode) {
        selfCheck("""
                {"postalCode": "%s", "visitedCri": "YES", "permitOrderDate": "2023-08-31"}""".formatted(postalCode))
                .statusCode(200)
                .body("outOfScope", equalTo(true))
                .body("cri", nullValue())
                .body("steps", hasSize(0))
                .body("maxEndDate", nullValue())
                .body("complete", equalTo(false));
    }

    @ParameterizedTest(name = "no CRI for postal code \"{0}\"")
    @ValueSource(strings = {"", "  "})
    void blankPostalCodeIsNoPostalCode(String postalCode) {
        selfCheck("""
                {"postalCode": "%s"}""".formatted(postalCode)).statusCode(200).body("cri", nullValue());
    }

    @ParameterizedTest(name = "postal code \"{0}\" is refused")
    @CsvSource({"40000,doit être un code postal belge de 4 chiffres",
            "4OOO,doit être un code postal belge de 4 chiffres",
            "abcd,doit être un code postal belge de 4 chiffres", "1000,n'est pas un code postal de la Région wallonne",
            "9000,n'est pas un code postal de la Région wallonne"})
    void malformedOrNonWalloonPostalCodeIsNamed(String postalCode, String message) {
        selfCheck("""
                {"postalCode": "%s"}""".formatted(postalCode))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("issues.field", contains("postalCode"))
                .body("issues[0].message", equalTo(message));
    }

    @ParameterizedTest(name = "{0} is named")
    @CsvSource(delimiter = '|', value = {"visitedCri|\"MAYBE\"", "a2Certificate|true", "permitOrderDate|\"2023-02-30\"",
            "permitOrderDate|\"31/08/2023\"", "permitOrderDate|\"+999999999-12-31\"", "permitOrderDate|\"3000-01-01\"",
            "postalCode|[4000]"})
    void unreadableAnswerIsNamed(String field, String json) {
        selfCheck("{\"" + field + "\": " + json + "}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("issues.field", contains(field));
    }

    @Test
    void malformedJsonIsABadRequest() {
        selfCheck("{\"visitedCri\": ").statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:malformed-request"));
    }

    @Test
    void signedInUsersMayUseItToo() {
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body("{}").post("/api/v1/public/selfChecks")
                .then().statusCode(200);
    }
}
