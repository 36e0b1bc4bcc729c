package be.wallonie.parcours.api.operator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** An administrator records operators and changes their recognitions, which decide whom persons can enrol with. */
@QuarkusTest
class OperatorAdministrationTest {

    private static final Map<String, String> ADDRESS = Map.of("street", "Rue du Marché 12", "postalCode", "4500",
            "locality", "Huy");

    static String uniqueCode() {
        return "CISP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Response create(Object body) {
        return Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/operators");
    }

    static Response update(String code, String ifMatch, Object body) {
        var request = Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/operators/" + code);
    }

    static Map<String, Object> changes(List<String> axes, boolean active) {
        return Map.of("name", "Lire et Écrire Huy-Waremme", "kind", "CISP", "address", ADDRESS, "recognisedAxes",
                axes, "active", active);
    }

    static List<String> offeredFor(String axis) {
        return Tokens.as(Tokens.AGENT_CRIPEL).queryParam("axis", axis).get("/api/v1/operators")
                .then().statusCode(200).extract().path("code");
    }

    private static String recorded(String code, String... axes) {
        return create(Map.of("code", code, "name", "Lire et Écrire Huy-Waremme", "kind", "CISP", "address", ADDRESS,
                "recognisedAxes", List.of(axes)))
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/operators/" + code))
                .header("ETag", notNullValue())
                .extract().header("ETag");
    }

    @Test
    void recognitionChangeDecidesWhichOperatorsAreOfferedForAnAxis() {
        String code = uniqueCode();
        String etag = recorded(code, "FRENCH");
        org.assertj.core.api.Assertions.assertThat(offeredFor("FRENCH")).contains(code);
        org.assertj.core.api.Assertions.assertThat(offeredFor("SOCIO_PROFESSIONAL")).doesNotContain(code);

        update(code, etag, changes(List.of("SOCIO_PROFESSIONAL", "FRENCH"), true))
                .then().statusCode(200)
                .body("recognisedAxes", contains("FRENCH", "SOCIO_PROFESSIONAL"));
        org.assertj.core.api.Assertions.assertThat(offeredFor("SOCIO_PROFESSIONAL")).contains(code);

        String current = Tokens.as(Tokens.ADMIN).get("/api/v1/operators/" + code).then().extract().header("ETag");
        update(code, current, changes(List.of("SOCIO_PROFESSIONAL"), true)).then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(offeredFor("FRENCH")).doesNotContain(code);
    }

    @Test
    void deactivatedOperatorIsNoLongerOfferedButStaysListedWithTheInactive() {
        String code = uniqueCode();
        String etag = recorded(code, "FRENCH");
        update(code, etag, changes(List.of("FRENCH"), false)).then().statusCode(200).body("active", equalTo(false));
        org.assertj.core.api.Assertions.assertThat(offeredFor("FRENCH")).doesNotContain(code);
        Tokens.as(Tokens.ADMIN).get("/api/v1/operators").then().body("code", not(hasItem(code)));
        Tokens.as(Tokens.ADMIN).queryParam("includeInactive", true).get("/api/v1/operators")
                .then().body("code", hasItem(code));
    }

    @Test
    void deactivatedOperatorKeepsItsRunningEnrolmentsButTakesNoNewOne() {
        String code = uniqueCode();
        String etag = recorded(code, "CITIZENSHIP");
        CaseFileSteps enrolled = signedFile();
        enrolled.post("enrolments", enrolment(code)).then().statusCode(201);

        update(code, etag, changes(List.of("CITIZENSHIP"), false)).then().statusCode(200);

        signedFile().post("enrolments", enrolment(code))
                .then().statusCode(409).body("code", equalTo("ENROLMENT_REFUSED.OPERATOR_INACTIVE"));
        enrolled.request().get(enrolled.url("enrolments"))
                .then().statusCode(200)
                .body("operatorCode", contains(code))
                .body("status", contains("ACTIVE"));
    }

    private static CaseFileSteps signedFile() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, LocalDate.of(2025, 3, 10), false),
                CaseFileSteps.TODAY.minusDays(20));
        file.receptionAndSignature(CaseFileSteps.TODAY.minusDays(15), "A1", false,
                CaseFileSteps.TODAY.minusDays(10));
        return file;
    }

    private static Map<String, String> enrolment(String operatorCode) {
        return Map.of("operatorCode", operatorCode, "axis", "CITIZENSHIP", "startDate",
                CaseFileSteps.TODAY.minusDays(5).toString());
    }

    @Test
    void receptionIsNeverAnOperatorsRecognition() {
        create(Map.of("code", uniqueCode(), "name", "X", "kind", "CISP", "address", ADDRESS, "recognisedAxes",
                List.of("RECEPTION"))).then().statusCode(400).body("issues[0].field", equalTo("recognisedAxes"));
        String code = uniqueCode();
        String etag = recorded(code, "FRENCH");
        update(code, etag, changes(List.of("FRENCH", "RECEPTION"), true))
                .then().statusCode(400).body("issues[0].field", equalTo("recognisedAxes"));
        Tokens.as(Tokens.ADMIN).get("/api/v1/operators/" + code).then().body("recognisedAxes", contains("FRENCH"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        create(Map.of("code", "ILI-LIEGE", "name", "Autre", "kind", "ILI", "address", ADDRESS, "recognisedAxes",
                List.of("FRENCH"))).then().statusCode(409).body("issues[0].field", equalTo("code"));
    }

    @Test
    void staleIfMatchIsRefusedAndMissingIfMatchIsRequired() {
        String code = uniqueCode();
        String etag = recorded(code, "FRENCH");
        update(code, etag, changes(List.of("FRENCH", "CITIZENSHIP"), true)).then().statusCode(200);
        update(code, etag, changes(List.of(), false)).then().statusCode(412);
        update(code, null, changes(List.of(), false)).then().statusCode(428);
        Tokens.as(Tokens.ADMIN).get("/api/v1/operators/" + code).then().body("active", equalTo(true))
                .body("recognisedAxes", contains("CITIZENSHIP", "FRENCH"));
    }

    @Test
    void onlyAnAdministratorChangesOperators() {
        var body = Map.of("code", uniqueCode(), "name", "X", "kind", "CISP", "address", ADDRESS, "recognisedAxes",
                List.of("FRENCH"));
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).contentType(ContentType.JSON).body(body).post("/api/v1/operators")
                .then().statusCode(403);
        Tokens.as(Tokens.TRAINER_ILI).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(changes(List.of("FRENCH"), true)).put("/api/v1/operators/ILI-LIEGE").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/operators").then().statusCode(401);
    }

    @Test
    void badInputAnswersAProblemNeverA500() {
        create("{").then().statusCode(400);
        create("{}").then().statusCode(400).body("issues.field", hasItem("code"));
        create(Map.of("code", "bad code", "name", " ", "kind", "CISP", "address", Map.of("postalCode", "12"),
                "recognisedAxes", List.of("FRENCH"))).then().statusCode(400)
                .body("issues.field", hasItem("code")).body("issues.field", hasItem("address.postalCode"));
        create("{\"code\":\"CISP-X1\",\"kind\":\"PIRATE\"}").then().statusCode(400)
                .body("issues[0].field", equalTo("kind"));
        create("{\"code\":\"CISP-X2\",\"name\":\"X\",\"kind\":\"CISP\",\"address\":{\"street\":\"a\","
                + "\"postalCode\":\"4500\",\"locality\":\"Huy\"},\"recognisedAxes\":[null]}").then().statusCode(400);
        String code = uniqueCode();
        String etag = recorded(code, "FRENCH");
        update(code, etag, "{}").then().statusCode(400).body("issues.field", hasItem("active"));
        update("NOPE-NOPE", "\"0\"", changes(List.of(), true)).then().statusCode(404);
        update(code, "\"abc\"", changes(List.of(), true)).then().statusCode(412);
    }

    @Test
    void anOperatorCodeThatIsNotACodeIsRefusedWithItsRuleInWords() {
        create(Map.of("code", "Lire et Écrire", "name", "Lire et Écrire", "kind", "CISP", "address", ADDRESS,
                "recognisedAxes", List.of("FRENCH"))).then().statusCode(400)
                .body("issues.find { it.field == 'code' }.message",
                        equalTo("doit compter de 2 à 40 majuscules, chiffres ou tirets"));
        create(Map.of("code", "cisp-huy", "name", "Lire et Écrire", "kind", "CISP", "address", ADDRESS,
                "recognisedAxes", List.of("FRENCH"))).then().statusCode(400).body("issues.field", hasItem("code"));
        create(Map.of("code", "-CISP", "name", "Lire et Écrire", "kind", "CISP", "address", ADDRESS,
                "recognisedAxes", List.of("FRENCH"))).then().statusCode(400).body("issues.field", hasItem("code"));
    }

    @Test
    void withACriOnlyTheOperatorsOfItsTerritoryAreOffered() {
        String inHuy = uniqueCode(); // 4500 Huy: CRIPEL's territory
        recorded(inHuy, "SOCIO_PROFESSIONAL");
        String inNamur = uniqueCode();
        create(Map.of("code", inNamur, "name", "Lire et Écrire Namur", "kind", "CISP", "address",
                Map.of("street", "Rue Godefroid 5", "postalCode", "5000", "locality", "Namur"), "recognisedAxes",
                List.of("SOCIO_PROFESSIONAL"))).then().statusCode(201);

        List<String> cripel = Tokens.as(Tokens.AGENT_CRIPEL).queryParam("axis", "SOCIO_PROFESSIONAL")
                .queryParam("cri", "CRIPEL").get("/api/v1/operators").then().statusCode(200).extract().path("code");
        org.assertj.core.api.Assertions.assertThat(cripel).contains(inHuy).doesNotContain(inNamur);
        org.assertj.core.api.Assertions.assertThat(offeredFor("SOCIO_PROFESSIONAL")).contains(inHuy, inNamur);
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("axis", "FRENCH").queryParam("cri", "CRI PEL")
                .get("/api/v1/operators").then().statusCode(400).body("issues.field", hasItem("cri"));
    }
}
