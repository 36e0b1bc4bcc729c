package be.wallonie.parcours.api.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.api.security.Tokens;

/**
 * Refused requests leave a row in the audit trail, written in a transaction of their own (the refused request rolled
 * back): refused access to a record, refused sign-ins, and the national-number duplicate probe, which is also limited
 * per user (docs/adr/0028). Identifiers only.
 */
@QuarkusTest
class RefusalsTest {

    private static final LocalDate BORN = LocalDate.of(1971, 7, 19);
    private static final String PASSWORD = "Trois-mots-au-hasard-2026";

    @Inject
    DataSource dataSource;

    @Test
    void aPersonOfAnotherCriIsA404RecordedWithWhoAskedWhatWithoutPersonalData() throws SQLException {
        String lastName = PersonFixture.uniqueName("Refused");
        String id = register(Tokens.as(Tokens.AGENT_CRIPEL), intake(lastName, null)).then().statusCode(201)
                .extract().path("id");

        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/persons/" + id).then().statusCode(404);

        List<Map<String, Object>> rows = refusalsOf(id);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("kind", "ACCESS").containsEntry("actor", Tokens.AGENT_CAI)
                    .containsEntry("role", "CRI_AGENT").containsEntry("tenant", "CAI")
                    .containsEntry("endpoint", "GET /persons/{id}").containsEntry("resource_kind", "persons")
                    .containsEntry("status", "404").containsEntry("reason", "not-found");
            assertThat(row.toString().toLowerCase()).doesNotContain(lastName.toLowerCase(), "yasmina", "liège");
        });
    }

    @Test
    void aNationalNumberTypedInAPathIsRecordedWithoutIt() throws SQLException {
        String number = PersonFixture.nationalNumber(BORN).value();
        String unnamed = "select count(*) as n from refusal_event where actor = ? and endpoint = 'GET /persons/{id}' "
                + "and resource_id is null";
        Object before = query(unnamed, Tokens.AGENT_CAI).get(0).get("n");

        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/persons/" + number).then().statusCode(404);

        assertThat(query(unnamed, Tokens.AGENT_CAI).get(0).get("n"))
                .isEqualTo(String.valueOf(Long.parseLong((String) before) + 1));
        assertThat(query("select * from refusal_event where resource_id = ?", number)).isEmpty();
    }

    @Test
    void anOperationTheRoleMayNotCallIsA403Recorded() throws SQLException {
        String id = register(Tokens.as(Tokens.AGENT_CRIPEL), intake(PersonFixture.uniqueName("Trainer"), null))
                .then().statusCode(201).extract().path("id");

        Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/persons/" + id + "/auditTrail").then().statusCode(403);

        assertThat(refusalsOf(id)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("actor", Tokens.TRAINER_ILI).containsEntry("role", "OPERATOR_TRAINER")
                .containsEntry("tenant", "ILI-LIEGE").containsEntry("endpoint", "GET /persons/{id}/auditTrail")
                .containsEntry("status", "403").containsEntry("reason", "forbidden"));
    }

    @Test
    void aRefusedSignInIsRecordedWithTheAccountTheAddressAndTheReason() throws SQLException {
        String account = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        signIn(account, "wrong-password").then().statusCode(401);

        assertThat(query("select * from refusal_event where actor = ?", account)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("kind", "SIGN_IN")
                        .containsEntry("endpoint", "POST /auth/token").containsEntry("status", "401")
                        .containsEntry("reason", "unknown-account")
                        .containsEntry("client_address", "127.0.0.1"));
    }

    @Test
    void aSignInIdentifierThatIsNoAccountNameIsRecordedAsItsHash() throws SQLException {
        String typed = "my secret password " + UUID.randomUUID();
        signIn(typed, "x").then().statusCode(401);

        String hashed = Refusals.account(typed);
        assertThat(hashed).startsWith("sha256:").doesNotContain("secret");
        assertThat(query("select * from refusal_event where actor = ?", hashed)).hasSize(1);
        assertThat(query("select * from refusal_event where actor like ?", "%secret%")).isEmpty();
    }

    @Test
    void theDuplicateProbeIsRecordedAndLimitedPerUser() throws SQLException {
        String number = PersonFixture.nationalNumber(BORN).value();
        String existing = register(Tokens.as(Tokens.AGENT_CRIPEL), intake(PersonFixture.uniqueName("Held"), number))
                .then().statusCode(201).extract().path("id");
        RequestSpecification prober = newAgentOfCai();

        for (int probe = 0; probe < 20; probe++) {
            register(prober, intake(PersonFixture.uniqueName("Probe"), number)).then().statusCode(409)
                    .body("type", equalTo("urn:parcours:problem:duplicate-person"));
        }
        register(prober, intake(PersonFixture.uniqueName("Probe"), number)).then().statusCode(429)
                .header("Retry-After", notNullValue());
        // the limit holds before any lookup: a new national number is refused too
        register(prober, intake(PersonFixture.uniqueName("Fresh"), PersonFixture.nationalNumber(BORN).value()))
                .then().statusCode(429);

        List<Map<String, Object>> probes = query(
                "select * from refusal_event where kind = 'DUPLICATE_PROBE' and resource_id = ?", existing);
        assertThat(probes).hasSize(20).allSatisfy(row -> assertThat(row).containsEntry("status", "409")
                .containsEntry("tenant", "CAI").containsEntry("endpoint", "POST /persons")
                .containsEntry("reason", "duplicate-person").containsEntry("resource_kind", "persons"));
        String prober409 = (String) probes.get(0).get("actor");
        assertThat(query("select * from refusal_event where actor = ? and status = 429", prober409)).hasSize(2);
    }

    @Test
    void aDuplicateNationalNumberOfTheCallersOwnCriIsNoProbe() throws SQLException {
        String number = PersonFixture.nationalNumber(BORN).value();
        String existing = register(Tokens.as(Tokens.AGENT_CRIPEL), intake(PersonFixture.uniqueName("Own"), number))
                .then().statusCode(201).extract().path("id");
        register(Tokens.as(Tokens.AGENT_CRIPEL), intake(PersonFixture.uniqueName("Again"), number)).then()
                .statusCode(409).body("existingPersonId", equalTo(existing));
        assertThat(refusalsOf(existing)).isEmpty();
    }

    /** A CRI agent of its own, so that its probes count against no other test's allowance. */
    private static RequestSpecification newAgentOfCai() {
        String username = "agent.probe." + UUID.randomUUID().toString().substring(0, 8);
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Agent Sonde", "role", "CRI_AGENT", "cri", "CAI",
                        "password", PASSWORD))
                .post("/api/v1/users").then().statusCode(201);
        String token = signIn(username, PASSWORD).then().statusCode(200).extract().path("accessToken");
        return given().auth().oauth2(token);
    }

    private static io.restassured.response.Response signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    private static io.restassured.response.Response register(RequestSpecification as, Map<String, Object> body) {
        return as.contentType(ContentType.JSON).body(body).post("/api/v1/persons");
    }

    private static Map<String, Object> intake(String lastName, String nationalNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("lastName", lastName);
        body.put("firstNames", "Yasmina");
        body.put("birthDate", BORN.toString());
        body.put("nationality", "MA");
        body.put("nationalNumber", nationalNumber);
        body.put("communeNis", "62063");
        body.put("contact", Map.of("street", "Rue Léopold 12", "postalCode", "4000", "locality", "Liège"));
        body.put("preferredLanguage", "fr");
        body.put("permits", List.of(Map.of("cardType", "A", "permitType", "FAMILY_REUNIFICATION", "orderDate",
                "2025-03-10", "validityMonths", 12)));
        body.put("confirmedNotDuplicate", true);
        return body;
    }

    private List<Map<String, Object>> refusalsOf(String resourceId) throws SQLException {
        return query("select * from refusal_event where resource_id = ?", resourceId);
    }

    private List<Map<String, Object>> query(String sql, String parameter) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                        row.put(result.getMetaData().getColumnName(column), result.getString(column));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
