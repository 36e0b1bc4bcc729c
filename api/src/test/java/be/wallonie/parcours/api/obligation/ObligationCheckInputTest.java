package be.wallonie.parcours.api.obligation;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.wallonie.parcours.api.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad input answers a 400 problem naming each faulty field, never a 500. */
@QuarkusTest
class ObligationCheckInputTest {

    private static final String VALID = """
            {"asOf": "2023-06-01", "birthDate": "1993-05-02", "nationality": "MA", "communeNis": "62063",
             "permit": {"type": "FAMILY_REUNIFICATION", "orderDate": "2023-03-10", "validityMonths": 12}}""";

    private static ValidatableResponse post(String body) {
        return post(body, "fr");
    }

    private static ValidatableResponse post(String body, String language) {
        return Tokens.as(Tokens.AGENT_CRIPEL)
                .contentType(ContentType.JSON)
                .header("Accept-Language", language)
                .body(body)
                .post("/api/v1/obligationChecks")
                .then();
    }

    private static ValidatableResponse assertInvalid(ValidatableResponse response, String... fields) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("status", equalTo(400))
                .body("issues.field", containsInAnyOrder(fields))
                .body("$", not(hasKey("stackTrace")))
                .body(not(containsString("Exception")));
    }

    @Test
    void validRequestIsAccepted() {
        post(VALID).statusCode(200).body("status", equalTo("OBLIGED"));
    }

    @Test
    void emptyObjectNamesEveryRequiredField() {
        assertInvalid(post("{}"), "birthDate", "nationality", "communeNis")
                .body("issues.message", hasItem("obligatoire"))
                .body("instance", equalTo("/api/v1/obligationChecks"));
    }

    @Test
    void absentBodyNamesEveryRequiredField() {
        assertInvalid(Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON)
                .post("/api/v1/obligationChecks").then(), "birthDate", "nationality", "communeNis");
    }

    @Test
    void permitWithoutTypeAndOrderDateNamesBoth() {
        assertInvalid(post("""
                {"birthDate": "1993-05-02", "nationality": "MA", "communeNis": "62063", "permit": {}}"""),
                "permit.type", "permit.orderDate");
    }

    @Test
    void employmentWithoutStartAndFractionNamesBoth() {
        assertInvalid(post("""
                {"birthDate": "1993-05-02", "nationality": "MA", "communeNis": "62063",
                 "employment": [{"start": "2023-01-01", "fraction": 1}, {}]}"""),
                "employment[1].start", "employment[1].fraction");
    }

    @Test
    void everyFaultyFieldIsNamedAtOnce() {
        assertInvalid(post("""
                {"asOf": "2024-01-01", "birthDate": "2030-01-01", "nationality": "ZZ", "communeNis": "99999",
                 "employment": [{"start": "2023-01-01", "end": "2022-12-31", "fraction": 1}]}"""),
                "birthDate", "nationality", "communeNis", "employment[0].end");
    }

    @Test
    void everyValueOutOfItsBoundIsNamedAtOnceBeforeTheRules() {
        // bounds and formats are checked first (ADR 0020), each faulty field named once; the rules after them
        assertInvalid(post("""
                {"birthDate": "2030-01-01", "nationality": "MAR", "communeNis": "6206",
                 "permit": {"type": "WORK", "orderDate": "2023-03-10", "validityMonths": 1201},
                 "employment": [{"start": "2023-01-01", "fraction": 1.5}]}"""),
                "nationality", "communeNis", "permit.validityMonths", "employment[0].fraction")
                .body("issues.find { it.field == 'communeNis' }.message",
                        equalTo("doit être un code NIS de 5 chiffres"));
    }

    @ParameterizedTest(name = "{0} = {1} is named")
    @CsvSource(delimiter = '|', value = {
            "birthDate|\"1993-02-30\"",
            "birthDate|\"02/05/1993\"",
            "asOf|\"yesterday\"",
            "legalStayStart|\"2023-13-01\"",
            "permit.orderDate|\"2023-02-29\"",
            "permit.type|\"TOURIST\"",
            "permit.validityMonths|\"twelve\"",
            "familyMemberOf|\"COUSIN\"",
            "studyStatus|\"PUPIL\"",
            "employment[0].start|\"2023-1-1\"",
            "employment[0].end|\"never\"",
            "employment[0].fraction|\"half\"",
            "belgianDiploma|\"maybe\""})
    void unreadableValueIsNamed(String field, String json) {
        String body = switch (field) {
            case "permit.orderDate" -> VALID.replace("\"orderDate\": \"2023-03-10\"", "\"orderDate\": " + json);
            case "permit.type" -> VALID.replace("\"type\": \"FAMILY_REUNIFICATION\"", "\"type\": " + json);
            case "permit.validityMonths" -> VALID.replace("\"validityMonths\": 12", "\"validityMonths\": " + json);
            case "employment[0].start" -> VALID.replace("}}",
                    "}, \"employment\": [{\"start\": " + json + ", \"fraction\": 1}]}");
            case "employment[0].end" -> VALID.replace("}}",
                    "}, \"employment\": [{\"start\": \"2023-01-01\", \"end\": " + json + ", \"fraction\": 1}]}");
            case "employment[0].fraction" -> VALID.replace("}}",
                    "}, \"employment\": [{\"start\": \"2023-01-01\", \"fraction\": " + json + "}]}");
            case "birthDate" -> VALID.replace("\"birthDate\": \"1993-05-02\"", "\"birthDate\": " + json);
            case "asOf" -> VALID.replace("\"asOf\": \"2023-06-01\"", "\"asOf\": " + json);
            default -> VALID.replace("{\"asOf\"", "{\"" + field + "\": " + json + ", \"asOf\"");
        };
        assertInvalid(post(body), field);
    }

    @ParameterizedTest(name = "nationality {0} is refused")
    @CsvSource({"ZZ", "ma", "MAR", "''", "12"})
    void unknownOrMalformedCountryNamesNationality(String nationality) {
        assertInvalid(post(VALID.replace("\"MA\"", "\"" + nationality + "\"")), "nationality");
    }

    @ParameterizedTest(name = "communeNis {0} is refused")
    @CsvSource({"99999", "21004", "6206", "abcde", "620630"})
    void unknownOrMalformedCommuneNamesCommuneNis(String nis) {
        // 21004 is Brussels: a real commune, but not a Walloon one
        assertInvalid(post(VALID.replace("\"62063\"", "\"" + nis + "\"")), "communeNis");
    }

    @Test
    void birthDateAfterAsOfNamesBirthDate() {
        assertInvalid(post(VALID.replace("\"1993-05-02\"", "\"2023-06-02\"")), "birthDate", "permit.orderDate")
                .body("issues.find { it.field == 'birthDate' }.message",
                        equalTo("ne doit pas être postérieure à asOf"));
    }

    @ParameterizedTest(name = "fraction {0} is outside (0, 1]")
    @CsvSource({"0", "-0.5", "1.01", "2"})
    void fractionOutsideZeroToOneNamesIt(String fraction) {
        assertInvalid(post(VALID.replace("}}",
                "}, \"employment\": [{\"start\": \"2023-01-01\", \"fraction\": " + fraction + "}]}")),
                "employment[0].fraction");
    }

    @Test
    void fractionOfOneIsFullTime() {
        post(VALID.replace("}}", "}, \"employment\": [{\"start\": \"2023-01-01\", \"fraction\": 1}]}"))
                .statusCode(200).body("code", equalTo("D4"));
    }

    @Test
    void inconsistentDatesAreNamed() {
        assertInvalid(post(VALID.replace("}}", "}, \"legalStayStart\": \"2023-03-11\", \"employment\": "
                + "[{\"start\": \"2023-01-01\", \"end\": \"2022-12-31\", \"fraction\": 1}]}")),
                "legalStayStart", "employment[0].end");
    }

    @Test
    void nonPositiveValidityIsNamed() {
        assertInvalid(post(VALID.replace("\"validityMonths\": 12", "\"validityMonths\": 0")),
                "permit.validityMonths");
    }

    @Test
    void datesOutsideOfAPersonsLifeAreNamedInsteadOfOverflowing() {
        assertInvalid(post("""
                {"asOf": "+999999999-12-31", "birthDate": "0001-01-01", "nationality": "MA", "communeNis": "62063",
                 "permit": {"type": "WORK", "orderDate": "9999-12-31"},
                 "employment": [{"start": "1899-12-31", "end": "3000-01-01", "fraction": 1}]}"""),
                "asOf", "birthDate", "permit.orderDate", "employment[0].start", "employment[0].end")
                .body("issues.find { it.field == 'asOf' }.message",
                        equalTo("doit être une date du 1 janvier 1900 au 31 décembre 2999"));
    }

    @Test
    void dateOutOfRangeIsNamedWithTheOtherFaultyFields() {
        assertInvalid(post("""
                {"birthDate": "1990-01-01", "nationality": "ZZ", "communeNis": "62063",
                 "permit": {"type": "WORK", "orderDate": "3000-01-01"}}"""),
                "nationality", "permit.orderDate");
    }

    @Test
    void unknownFieldIsNamed() {
        assertInvalid(post(VALID.replace("{\"asOf\"", "{\"nationalty\": \"MA\", \"asOf\"")), "nationalty");
    }

    @ParameterizedTest(name = "malformed JSON: {0}")
    @CsvSource(delimiter = '|', value = {"{\"birthDate\": ", "not json", "[1, 2", "{\"birthDate\": \"1993-05-02\",}"})
    void malformedJsonIsABadRequest(String body) {
        post(body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:malformed-request"))
                .body(not(containsString("Exception")));
    }

    @ParameterizedTest(name = "messages in {0}")
    @CsvSource({"fr,obligatoire,n'est pas un code pays ISO 3166-1 alpha-2 connu",
            "en,required,is not a known ISO 3166-1 alpha-2 country code",
            "nl,verplicht,is geen bekende ISO 3166-1 alpha-2-landcode",
            "de,erforderlich,ist kein bekannter Ländercode nach ISO 3166-1 alpha-2"})
    void messagesSpeakTheClientsLanguage(String language, String required, String unknownCountry) {
        assertInvalid(post("{\"nationality\": \"ZZ\", \"communeNis\": \"62063\"}", language), "birthDate",
                "nationality")
                .header("Content-Language", language)
                .body("issues.find { it.field == 'birthDate' }.message", equalTo(required))
                .body("issues.find { it.field == 'nationality' }.message", equalTo(unknownCountry));
    }
}
