package be.wallonie.parcours.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

/**
 * Tokens end when they should (docs/adr/0027): each carries its account's token version, and deactivation, a change
 * of role or tenant, a password reset and logout raise it, so that every token issued before is 401 at once; tokens
 * carry the audience {@code parcours-api}, and a token without it, or for another audience, is 401.
 */
@QuarkusTest
class TokenRevocationTest {

    private static final String ISSUER = "https://parcours.wallonie.be";
    private static final String PASSWORD = "Un-mot-de-passe-2026";

    @Inject
    DataSource database;
    @Inject
    Passwords passwords;

    @Test
    void deactivationEndsTheAccountsTokens() {
        Account account = Account.create();
        String token = account.signIn();
        account.update(Map.of("displayName", "Agent temporaire", "role", "CRI_AGENT", "cri", "CRIPEL", "active",
                false));
        me(token).then().statusCode(401).body("type", equalTo("urn:parcours:problem:unauthenticated"));
    }

    @Test
    void aRoleChangeEndsTheAccountsTokens() {
        Account account = Account.create();
        String token = account.signIn();
        account.update(Map.of("displayName", "Agent temporaire", "role", "CRI_SUPERVISOR", "cri", "CRIPEL", "active",
                true));
        me(token).then().statusCode(401);
        me(account.signIn()).then().statusCode(200).body("role", equalTo("CRI_SUPERVISOR"));
    }

    @Test
    void aTenantChangeEndsTheAccountsTokens() {
        Account account = Account.create();
        String token = account.signIn();
        account.update(Map.of("displayName", "Agent temporaire", "role", "CRI_AGENT", "cri", "CIMB", "active", true));
        me(token).then().statusCode(401);
        me(account.signIn()).then().statusCode(200).body("cri", equalTo("CIMB"));
    }

    @Test
    void aNewDisplayNameLeavesTheTokensValid() {
        Account account = Account.create();
        String token = account.signIn();
        account.update(Map.of("displayName", "Agent renommé", "role", "CRI_AGENT", "cri", "CRIPEL", "active", true));
        me(token).then().statusCode(200);
    }

    @Test
    void aPasswordResetEndsTheAccountsTokens() {
        Account account = Account.create();
        String token = account.signIn();
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(Map.of("password", "Un-autre-mot-de-passe-2026"))
                .post("/api/v1/users/" + account.id + "/passwordReset").then().statusCode(200);
        me(token).then().statusCode(401);
    }

    @Test
    void logoutEndsEveryTokenOfTheAccountAndANewSignInWorks() {
        Account account = Account.create();
        String token = account.signIn();
        String otherSession = account.signIn();
        me(token).then().statusCode(200);

        given().auth().oauth2(token).post("/api/v1/auth/logout").then().statusCode(204);

        me(token).then().statusCode(401);
        me(otherSession).then().statusCode(401);
        given().auth().oauth2(token).post("/api/v1/auth/logout").then().statusCode(401);
        me(account.signIn()).then().statusCode(200);
        given().post("/api/v1/auth/logout").then().statusCode(401);
    }

    @Test
    void anApiClientsLogoutEndsItsTokens() throws SQLException {
        String clientId = "commune-test-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into api_client (id, client_id, "
                        + "secret_hash, name, role, nis_code, created_at) values (?, ?, ?, 'Test', 'COMMUNE_CLIENT', "
                        + "'62063', now())")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, clientId);
            insert.setString(3, passwords.hash(clientId + "-secret"));
            insert.executeUpdate();
        }
        String token = given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", clientId + "-secret")
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        assertThat(claims(token)).containsEntry("sub", "client:" + clientId).containsKey("tv");
        me(token).then().statusCode(200).body("nis", equalTo("62063"));

        given().auth().oauth2(token).post("/api/v1/auth/logout").then().statusCode(204);

        me(token).then().statusCode(401);
    }

    @Test
    void aRevocationByAnotherInstanceTakesEffectWithinTheCacheTime() throws Exception {
        Account account = Account.create();
        String token = account.signIn();
        me(token).then().statusCode(200); // this instance now keeps the account's version
        try (Connection connection = database.getConnection();
                PreparedStatement bump = connection.prepareStatement(
                        "update user_account set token_version = token_version + 1 where id = ?")) {
            bump.setObject(1, UUID.fromString(account.id));
            bump.executeUpdate(); // as another instance would: this one's cache is not told
        }
        Instant revoked = Instant.now();
        while (me(token).statusCode() == 200) {
            assertThat(Duration.between(revoked, Instant.now())).isLessThan(Duration.ofSeconds(7));
            Thread.sleep(250);
        }
        me(token).then().statusCode(401);
    }

    @Test
    void aTokenIssuedHereCarriesTheAudienceAndTheTokenVersion() {
        Map<String, Object> claims = claims(Account.create().signIn());
        assertThat(claims).containsEntry("aud", "parcours-api").containsEntry("tv", 0);
    }

    @Test
    void aTokenForAnotherAudienceOrWithoutOneIs401() {
        Map<String, Object> real = claims(Account.create().signIn());
        me(forge(real, "parcours-api")).then().statusCode(200); // the forged copy is valid with the right audience
        me(forge(real, "another-api")).then().statusCode(401);
        me(forge(real, null)).then().statusCode(401);
    }

    @Test
    void aTokenWithoutTokenVersionIs401() {
        Map<String, Object> real = new HashMap<>(claims(Account.create().signIn()));
        real.remove("tv");
        me(forge(real, "parcours-api")).then().statusCode(401);
    }

    /** A token signed with the test key, with the claims of a real one and this audience (none when null). */
    static String forge(Map<String, Object> real, String audience) {
        var builder = Jwt.issuer(ISSUER).upn((String) real.get("upn")).subject((String) real.get("sub"))
                .groups("CRI_AGENT").claim("cri", real.get("cri")).expiresIn(300);
        if (real.containsKey("tv")) {
            builder.claim("tv", ((Number) real.get("tv")).longValue());
        }
        if (audience != null) {
            builder.audience(audience);
        }
        return builder.sign();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(String token) {
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            return new ObjectMapper().readValue(new String(payload, StandardCharsets.UTF_8), Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response me(String token) {
        return given().auth().oauth2(token).get("/api/v1/me");
    }

    /** A CRIPEL agent account of this test, created by the administrator. */
    private record Account(String id, String username) {

        static Account create() {
            String username = "revoked." + UUID.randomUUID().toString().substring(0, 8);
            String id = Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("username", username, "displayName", "Agent temporaire", "role", "CRI_AGENT", "cri",
                            "CRIPEL", "password", PASSWORD))
                    .post("/api/v1/users").then().statusCode(201).extract().path("id");
            return new Account(id, username);
        }

        String signIn() {
            return given().contentType(ContentType.JSON)
                    .body(Map.of("grantType", "password", "username", username, "password", PASSWORD))
                    .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        }

        void update(Map<String, Object> change) {
            String etag = Tokens.as(Tokens.ADMIN).get("/api/v1/users/" + id).then().extract().header("ETag");
            Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                    .put("/api/v1/users/" + id).then().statusCode(200);
        }
    }
}
