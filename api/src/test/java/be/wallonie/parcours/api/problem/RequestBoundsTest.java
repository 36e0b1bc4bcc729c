package be.wallonie.parcours.api.problem;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import be.wallonie.parcours.api.attestation.AttendedHours;
import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.convention.Axis;

/**
 * The bounds of the requests (docs/adr/0020-request-bounds.md), operation by operation: a value just over its bound is
 * a 400 {@code validation} problem naming the field in the client's language, and nothing is recorded; the value at
 * the bound passes (what the rules make of it is another matter).
 */
@QuarkusTest
class RequestBoundsTest {

    private static final String VALIDATION = "urn:parcours:problem:validation";

    @Inject
    AttendedHours hours;

    private static String text(int length) {
        return "x".repeat(length);
    }

    /** The 400 naming exactly {@code field}, with the bundle's text in {@code language}. */
    private static ValidatableResponse namesOnly(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("issues.field", contains(field));
    }

    private static Map<String, Object> intake(String lastName) {
        Map<String, Object> body = new HashMap<>();
        body.put("lastName", lastName);
        body.put("firstNames", "Amina");
        body.put("birthDate", LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(11_000))
                .toString());
        body.put("nationality", "MA");
        body.put("communeNis", "62063");
        body.put("permits", List.of(Map.of("permitType", "FAMILY_REUNIFICATION", "orderDate", "2025-03-10",
                "validityMonths", 12)));
        return body;
    }

    private static ValidatableResponse register(Map<String, Object> body, String language) {
        return Tokens.as(Tokens.AGENT_CRIPEL).header("Accept-Language", language).contentType(ContentType.JSON)
                .body(body).post("/api/v1/persons").then();
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @CsvSource(delimiter = '|', value = {
            "fr|fr|doit compter au plus 200 caractères",
            "nl|nl|mag hoogstens 200 tekens bevatten",
            "de|de|darf höchstens 200 Zeichen enthalten",
            "en|en|must be at most 200 characters",
            "nl-BE,fr;q=0.5|nl|mag hoogstens 200 tekens bevatten",
            "es|fr|doit compter au plus 200 caractères"})
    void aNameOverItsBoundIsNamedInTheClientsLanguage(String acceptLanguage, String language, String message) {
        String lastName = PersonFixture.uniqueName("Borne") + text(200);
        namesOnly(register(intake(lastName), acceptLanguage), "lastName")
                .header("Content-Language", language)
                .body("issues[0].message", equalTo(message));
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body(Map.of("nameFragment", "Borne"))
                .post("/api/v1/persons/query").then().statusCode(200)
                .body("items.lastName", not(hasItem(lastName)));
    }

    @Test
    void aPersonAtEveryBoundIsRegistered() {
        Map<String, Object> body = intake(PersonFixture.uniqueName("Borne") + text(200 - 13));
        body.put("firstNames", text(200));
        body.put("contact", Map.of("street", text(200), "postalCode", "4000", "locality", text(100), "email",
                text(242) + "@example.org"));
        body.put("permits", List.of(Map.of("permitType", "FAMILY_REUNIFICATION", "orderDate", "2025-03-10",
                "validityMonths", 1200)));
        register(body, "fr").statusCode(201);
    }

    @Test
    void aNestedValueOverItsBoundIsNamedByItsPath() {
        Map<String, Object> body = intake(PersonFixture.uniqueName("Borne"));
        body.put("permits", List.of(
                Map.of("permitType", "FAMILY_REUNIFICATION", "orderDate", "2025-03-10", "validityMonths", 12),
                Map.of("permitType", "WORK", "orderDate", "2025-04-10", "validityMonths", 1201)));
        namesOnly(register(body, "en"), "permits[1].validityMonths")
                .body("issues[0].message", equalTo("must be at most 1,200"));
        body.put("permits", List.of());
        body.put("contact", Map.of("street", text(201), "postalCode", "4000", "locality", "Liège"));
        namesOnly(register(body, "fr"), "contact.street");
    }

    @Test
    void aListOverItsBoundIsNamed() {
        Map<String, Object> body = intake(PersonFixture.uniqueName("Borne"));
        Map<String, Object> permit = Map.of("permitType", "WORK", "orderDate", "2025-03-10");
        body.put("permits", java.util.Collections.nCopies(51, permit));
        namesOnly(register(body, "de"), "permits").body("issues[0].message",
                equalTo("darf höchstens 50 Elemente enthalten"));
    }

    @Test
    void aCodeOfTheWrongFormIsNamedOnceWithWhatItLooksLike() {
        Map<String, Object> body = intake(PersonFixture.uniqueName("Borne"));
        body.put("communeNis", "620630");
        namesOnly(register(body, "fr"), "communeNis")
                .body("issues[0].message", equalTo("doit être un code NIS de 5 chiffres"));
    }

    @Test
    void aCaseFileReasonOverItsBoundIsNamedAndTheFileIsNotSuspended() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, TODAY.minusMonths(2), false),
                TODAY.minusDays(2));
        namesOnly(file.request().header("Accept-Language", "nl").body(Map.of("reason", text(2001)))
                .post(file.url("suspensions")).then(), "reason")
                .body("issues[0].message", equalTo(Messages.get(Locale.forLanguageTag("nl"), "issue.too-long",
                        2000)));
        file.get().then().body("state", equalTo("OPENED"));
        file.post("suspensions", Map.of("reason", text(2000))).then().statusCode(200)
                .body("state", equalTo("SUSPENDED"));
    }

    @Test
    void anOperatorCodeAndAnEnrolmentAtTheirBound() {
        String code = "B" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 31)
                + "-BORNE-1";
        Map<String, Object> operator = new HashMap<>(Map.of("code", code + "X", "name", text(200), "kind", "CISP",
                "address", Map.of("street", "Rue du Marché 12", "postalCode", "4500", "locality", "Huy"),
                "recognisedAxes", List.of("CITIZENSHIP")));
        namesOnly(Tokens.as(Tokens.ADMIN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(operator).post("/api/v1/operators").then(), "code")
                .body("issues[0].message", equalTo("must be 2 to 40 upper-case letters, digits or hyphens"));
        operator.put("code", code);
        operator.put("name", text(201));
        namesOnly(Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(operator).post("/api/v1/operators")
                .then(), "name");
        operator.put("name", text(200));
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(operator).post("/api/v1/operators").then()
                .statusCode(201);

        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, TODAY.minusMonths(2), false),
                TODAY.minusDays(20));
        file.receptionAndSignature(TODAY.minusDays(15), "B1", false, TODAY.minusDays(10));
        namesOnly(file.post("enrolments", Map.of("operatorCode", code + "X", "axis", "CITIZENSHIP", "startDate",
                TODAY.minusDays(5).toString())).then(), "operatorCode");
        file.post("enrolments", Map.of("operatorCode", code.toLowerCase(Locale.ROOT), "axis", "CITIZENSHIP",
                "startDate", TODAY.minusDays(5).toString())).then().statusCode(201);
    }

    @Test
    void anAttendancePostingOverItsBoundsIsNamedAndRecordsNothing() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, TODAY.minusMonths(2), false),
                TODAY.minusDays(20));
        file.receptionAndSignature(TODAY.minusDays(15), "B1", false, TODAY.minusDays(10));
        String enrolment = file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "CITIZENSHIP",
                "startDate", TODAY.minusDays(5).toString())).then().statusCode(201).extract().path("id");
        String day = TODAY.minusDays(1).toString();

        namesOnly(posting(enrolment, Map.of("sessionDate", day, "hours", 2, "note", text(1001)), "de"), "note")
                .body("issues[0].message", equalTo(Messages.get(Locale.GERMAN, "issue.too-long", 1000)));
        namesOnly(posting(enrolment, Map.of("sessionDate", day, "hours", 24.25), "fr"), "hours")
                .body("issues[0].message", equalTo("doit être au plus 24"));
        namesOnly(posting(enrolment, Map.of("sessionDate", day, "hours", 0), "en"), "hours")
                .body("issues[0].message", equalTo("must be more than 0"));
        Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/enrolments/" + enrolment + "/attendance").then()
                .statusCode(200).body("$", org.hamcrest.Matchers.hasSize(0));

        // 24 hours pass the bound of a session; the rule of 8 hours a day refuses them
        posting(enrolment, Map.of("sessionDate", day, "hours", 24), "fr").statusCode(409);
        posting(enrolment, Map.of("sessionDate", day, "hours", 2, "note", text(1000)), "fr").statusCode(201);
    }

    private static ValidatableResponse posting(String enrolment, Map<String, Object> body, String language) {
        return Tokens.as(Tokens.TRAINER_ILI).header("Accept-Language", language)
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/enrolments/" + enrolment + "/attendance").then();
    }

    @Test
    void anAccountsDisplayNameAtItsBoundIsCreatedAndOneCharacterMoreIsNot() {
        Map<String, Object> account = new HashMap<>(Map.of("username", PersonFixture.uniqueName("borne"),
                "displayName", text(201), "role", "OPERATOR_TRAINER", "operator", "ILI-LIEGE", "password",
                "Trois-mots-au-hasard-2026"));
        namesOnly(Tokens.as(Tokens.ADMIN).header("Accept-Language", "nl").contentType(ContentType.JSON)
                .body(account).post("/api/v1/users").then(), "displayName")
                .body("issues[0].message", equalTo("mag hoogstens 200 tekens bevatten"));
        account.put("displayName", text(200));
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(account).post("/api/v1/users").then()
                .statusCode(201);
    }

    @Test
    void aRevocationReasonOverItsBoundIsNamedAndTheAttestationStaysValid() {
        CaseFileSteps file = new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, LocalDate.of(2025, 3, 10), false),
                TODAY.minusDays(60));
        file.receptionAndSignature(TODAY.minusDays(55), "B1", false, TODAY.minusDays(50));
        file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "CITIZENSHIP", "startDate",
                TODAY.minusDays(45).toString())).then().statusCode(201);
        hours.record(file.fileId(), Axis.CITIZENSHIP, TODAY.minusDays(40), 8, "7.5");
        file.refresh();
        file.post("attestation", Map.of()).then().statusCode(201);

        namesOnly(file.request().header("Accept-Language", "fr").body(Map.of("reason", text(2001)))
                .post(file.url("attestation/revocation")).then(), "reason");
        Tokens.as(Tokens.AGENT_CRIPEL).get(file.url("attestation")).then().body("revoked", equalTo(false));
        file.post("attestation/revocation", Map.of("reason", text(2000))).then().statusCode(200)
                .body("revoked", equalTo(true));
    }

    @Test
    void aTokenRequestOverItsBoundIsA400AndAtItsBoundTheCredentialsAreChecked() {
        namesOnly(given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", text(101), "password", "x"))
                .post("/api/v1/auth/token")
                .then(), "username").body("issues[0].message", equalTo("must be at most 100 characters"));
        namesOnly(given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", "x").formParam("password", text(73)).post("/api/v1/auth/token").then(),
                "password");
        given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", text(100), "password", text(72)))
                .post("/api/v1/auth/token").then().statusCode(401);
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource({"pageSize,201,400", "pageSize,200,200", "pageSize,0,400", "page,0,400", "page,100000,200",
            "page,100001,400"})
    void pagesAreBoundedOnEveryList(String parameter, int value, int status) {
        var answer = Tokens.as(Tokens.AGENT_CRIPEL).header("Accept-Language", "fr").queryParam(parameter, value)
                .get("/api/v1/caseFiles").then().statusCode(status);
        if (status == 400) {
            namesOnly(answer, parameter);
        }
    }

    @Test
    void aMapValueOverItsBoundIsNamedByItsKey() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, TODAY.minusMonths(2), false),
                TODAY.minusDays(20));
        file.post("reception", Map.of()).then().statusCode(201);
        Map<String, Object> review = new HashMap<>(CaseFileSteps.socialReview(TODAY.minusDays(15), false));
        Map<String, Object> needs = new HashMap<>((Map<String, Object>) review.get("needs"));
        needs.put("HOUSING", Map.of("level", "HIGH", "notes", text(2001)));
        review.put("needs", needs);
        namesOnly(file.put("reception/socialReview", review).then(), "needs.HOUSING.notes");
    }
}
