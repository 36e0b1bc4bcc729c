package be.wallonie.parcours.api.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.audit.AdministrationEvent;
import be.wallonie.parcours.domain.audit.AdministrationEventRepository;
import be.wallonie.parcours.domain.shared.Paging;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** An administrator manages the staff accounts: tenants fitting roles, unique usernames, sign-in of the inactive. */
@QuarkusTest
class UserAdministrationTest {

    private static final String PASSWORD = "Trois-mots-au-hasard-2026";

    @Inject
    AdministrationEventRepository events;

    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> trainer(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Claire Dumont");
        body.put("role", "OPERATOR_TRAINER");
        body.put("operator", "ILI-LIEGE");
        body.put("password", PASSWORD);
        return body;
    }

    static Response create(Object body) {
        return Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/users");
    }

    static Response update(String id, String ifMatch, Object body) {
        var request = Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/users/" + id);
    }

    static Response signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    @Test
    void administratorCreatesATrainerWhoSignsInWithTheOperatorAsTenant() {
        String username = unique("formateur");
        String id = create(trainer(username))
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/users/"))
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("username", equalTo(username))
                .body("role", equalTo("OPERATOR_TRAINER"))
                .body("operator", equalTo("ILI-LIEGE"))
                .body("active", equalTo(true))
                .body("$", not(hasKey("passwordHash")))
                .extract().path("id");

        String token = signIn(username, PASSWORD).then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("OPERATOR_TRAINER")).body("operator", equalTo("ILI-LIEGE"));
        Tokens.as(Tokens.ADMIN).get("/api/v1/users/" + id).then().statusCode(200)
                .body("username", equalTo(username)).body("$", not(hasKey("passwordHash")));
    }

    @Test
    void deactivatedUserCannotSignInAndReactivatedUserCan() {
        String username = unique("agent");
        var body = new HashMap<String, Object>(Map.of("username", username, "displayName", "Léa Martin",
                "role", "CRI_AGENT", "cri", "CRIPEL", "password", PASSWORD));
        var created = create(body).then().statusCode(201).extract();
        String id = created.path("id");
        signIn(username, PASSWORD).then().statusCode(200);

        String etag = update(id, created.header("ETag"), Map.of("displayName", "Léa Martin", "role", "CRI_AGENT",
                "cri", "CRIPEL", "active", false))
                .then().statusCode(200).body("active", equalTo(false)).extract().header("ETag");
        signIn(username, PASSWORD).then().statusCode(401)
                .body("type", equalTo("urn:parcours:problem:invalid-credentials"));

        update(id, etag, Map.of("displayName", "Léa Martin", "role", "CRI_AGENT", "cri", "CRIPEL", "active", true))
                .then().statusCode(200);
        signIn(username, PASSWORD).then().statusCode(200);
    }

    @Test
    void passwordResetReplacesTheOldPassword() {
        String username = unique("superviseur");
        String id = create(Map.of("username", username, "displayName", "Paul Thiry", "role", "CRI_SUPERVISOR",
                "cri", "CAI", "password", PASSWORD)).then().statusCode(201).extract().path("id");
        String newPassword = "Un-autre-mot-de-passe-2026";
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(Map.of("password", newPassword))
                .post("/api/v1/users/" + id + "/passwordReset")
                .then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue());
        signIn(username, PASSWORD).then().statusCode(401);
        signIn(username, newPassword).then().statusCode(200);
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(Map.of("password", "short"))
                .post("/api/v1/users/" + id + "/passwordReset")
                .then().statusCode(400).body("issues[0].field", equalTo("password"));
    }

    @Test
    void tenantMustFitTheRole() {
        var trainerWithoutOperator = trainer(unique("formateur"));
        trainerWithoutOperator.remove("operator");
        create(trainerWithoutOperator).then().statusCode(422)
                .body("type", equalTo("urn:parcours:problem:unprocessable"))
                .body("issues.field", hasItem("operator"));

        var agentWithOperator = trainer(unique("agent"));
        agentWithOperator.put("role", "CRI_AGENT");
        agentWithOperator.put("cri", "CRIPEL");
        create(agentWithOperator).then().statusCode(422).body("issues.field", hasItem("operator"));

        var analystWithCri = new HashMap<String, Object>(Map.of("username", unique("analyste"), "displayName",
                "Nadia", "role", "REGION_ANALYST", "cri", "CRIPEL", "password", PASSWORD));
        create(analystWithCri).then().statusCode(422).body("issues.field", hasItem("cri"));

        var clerkWithoutNis = new HashMap<String, Object>(Map.of("username", unique("cpas"), "displayName",
                "CPAS", "role", "CPAS_CLIENT", "password", PASSWORD));
        create(clerkWithoutNis).then().statusCode(422).body("issues.field", hasItem("nis"));
    }

    @Test
    void tenantMustExist() {
        var unknownOperator = trainer(unique("formateur"));
        unknownOperator.put("operator", "NOPE-42");
        create(unknownOperator).then().statusCode(422).body("issues[0].field", equalTo("operator"));
        create(Map.of("username", unique("agent"), "displayName", "X Y", "role", "CRI_AGENT", "cri", "NOPE",
                "password", PASSWORD)).then().statusCode(422).body("issues[0].field", equalTo("cri"));
        create(Map.of("username", unique("commune"), "displayName", "X Y", "role", "COMMUNE_CLIENT", "nis",
                "99999", "password", PASSWORD)).then().statusCode(422).body("issues[0].field", equalTo("nis"));
    }

    @Test
    void duplicateUsernameIsAConflict() {
        create(trainer(Tokens.TRAINER_ILI)).then().statusCode(409)
                .body("type", equalTo("urn:parcours:problem:conflict"))
                .body("issues[0].field", equalTo("username"));
    }

    @Test
    void passwordFollowsThePolicy() {
        var shortPassword = trainer(unique("formateur"));
        shortPassword.put("password", "court");
        create(shortPassword).then().statusCode(400).body("issues[0].field", equalTo("password"));
        String username = unique("formateur");
        var containsUsername = trainer(username);
        containsUsername.put("password", "xx-" + username + "-xx");
        create(containsUsername).then().statusCode(400).body("issues[0].field", equalTo("password"));
    }

    @Test
    void staleIfMatchIsRefusedAndMissingIfMatchIsRequired() {
        var created = create(trainer(unique("formateur"))).then().statusCode(201).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        var rename = Map.of("displayName", "Claire Dumont-Lenoir", "role", "OPERATOR_TRAINER", "operator",
                "ILI-LIEGE", "active", true);
        update(id, etag, rename).then().statusCode(200).body("displayName", equalTo("Claire Dumont-Lenoir"));
        update(id, etag, Map.of("displayName", "Stale", "role", "OPERATOR_TRAINER", "operator", "FOREM-LIEGE",
                "active", true))
                .then().statusCode(412).body("type", equalTo("urn:parcours:problem:precondition-failed"));
        update(id, null, rename).then().statusCode(428);
        Tokens.as(Tokens.ADMIN).get("/api/v1/users/" + id).then().body("displayName", equalTo("Claire Dumont-Lenoir"))
                .body("operator", equalTo("ILI-LIEGE"));
    }

    @Test
    void administratorCannotDeactivateOrDemoteThemself() {
        String id = Tokens.as(Tokens.ADMIN).queryParam("q", "admin").queryParam("role", "ADMINISTRATOR")
                .get("/api/v1/users").then().statusCode(200).extract().path("items.find { it.username == 'admin' }.id");
        String etag = Tokens.as(Tokens.ADMIN).get("/api/v1/users/" + id).then().extract().header("ETag");
        update(id, etag, Map.of("displayName", "Administrateur Parcours", "role", "ADMINISTRATOR", "active", false))
                .then().statusCode(409).body("code", equalTo("ACCOUNT_REFUSED.OWN_ACCOUNT_DEACTIVATED"));
        update(id, etag, Map.of("displayName", "Administrateur Parcours", "role", "REGION_ANALYST", "active", true))
                .then().statusCode(409).body("code", equalTo("ACCOUNT_REFUSED.OWN_ROLE_CHANGED"));
        signIn(Tokens.ADMIN, Tokens.PASSWORD).then().statusCode(200);
    }

    @Test
    void listFiltersByRoleCriAndTextAndNeverShowsPasswordHashes() {
        Tokens.as(Tokens.ADMIN).queryParam("role", "CRI_AGENT").queryParam("cri", "CRIPEL")
                .get("/api/v1/users")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items.role", everyItem(equalTo("CRI_AGENT")))
                .body("items.cri", everyItem(equalTo("CRIPEL")))
                .body("items.username", hasItem("agent.cripel"))
                .body("items[0]", not(hasKey("passwordHash")));
        Tokens.as(Tokens.ADMIN).queryParam("q", "COLLARD").get("/api/v1/users")
                .then().statusCode(200).body("items.username", hasItem("formateur.ili"));
        Tokens.as(Tokens.ADMIN).queryParam("role", "KING").get("/api/v1/users").then().statusCode(400);
        Tokens.as(Tokens.ADMIN).queryParam("page", 0).get("/api/v1/users").then().statusCode(400);
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).get("/api/v1/users").then().statusCode(403);
        Tokens.as(Tokens.ANALYST).get("/api/v1/users").then().statusCode(403);
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).contentType(ContentType.JSON).body(trainer(unique("formateur")))
                .post("/api/v1/users").then().statusCode(403);
        given().get("/api/v1/users").then().statusCode(401);
    }

    @Test
    void badInputAnswersAProblemNeverA500() {
        create("{").then().statusCode(400).contentType("application/problem+json");
        create("{\"role\": \"KING\"}").then().statusCode(400).body("issues[0].field", equalTo("role"));
        create("{}").then().statusCode(400).body("issues.field", hasItem("role"));
        // the form of the request first (ADR 0020), then the rules of an account
        create(Map.of("username", "A B", "displayName", " ", "role", "ADMINISTRATOR", "password", PASSWORD))
                .then().statusCode(400).body("issues.field", hasItem("username"));
        create(Map.of("username", unique("admin"), "displayName", " ", "role", "ADMINISTRATOR", "password",
                PASSWORD)).then().statusCode(400).body("issues.field", hasItem("displayName"));
        Tokens.as(Tokens.ADMIN).get("/api/v1/users/not-a-uuid").then().statusCode(404);
        Tokens.as(Tokens.ADMIN).get("/api/v1/users/" + UUID.randomUUID()).then().statusCode(404);
        update(UUID.randomUUID().toString(), "\"0\"", Map.of("role", "ADMINISTRATOR", "active", true))
                .then().statusCode(404);
        var created = create(trainer(unique("formateur"))).then().statusCode(201).extract();
        update(created.path("id"), created.header("ETag"), "{}").then().statusCode(400)
                .body("issues.field", hasItem("role")).body("issues.field", hasItem("active"));
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/users/" + created.path("id") + "/passwordReset").then().statusCode(400);
    }

    @Test
    void everyChangeIsRecordedWithFieldNamesOnly() {
        var created = create(trainer(unique("formateur"))).then().statusCode(201).extract();
        String id = created.path("id");
        update(id, created.header("ETag"), Map.of("displayName", "Claire D.", "role", "OPERATOR_TRAINER",
                "operator", "FOREM-LIEGE", "active", true)).then().statusCode(200);
        var history = QuarkusTransaction.requiringNew().call(
                () -> events.historyOf(AdministrationEvent.Subject.USER_ACCOUNT, id, new Paging(1, 10)).items());
        org.assertj.core.api.Assertions.assertThat(history)
                .extracting(AdministrationEvent::action, AdministrationEvent::changedFields, AdministrationEvent::actor)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(AdministrationEvent.Action.UPDATE, "displayName,operator",
                                "admin"),
                        org.assertj.core.api.Assertions.tuple(AdministrationEvent.Action.CREATE, "", "admin"));
    }

    @Test
    void responseNeverCarriesAnotherTenantThanTheRoles() {
        create(Map.of("username", unique("analyste"), "displayName", "Analyste", "role", "REGION_ANALYST",
                "password", PASSWORD)).then().statusCode(201)
                .body("cri", nullValue()).body("operator", nullValue()).body("nis", nullValue());
    }
}
