package be.wallonie.parcours.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Which stored bcrypt hashes sign in (ADR 0026), and how a hash of the old scheme or of a weaker cost is replaced at a
 * successful sign-in. The accounts are written straight into the database, as an administrator's bootstrap does.
 */
@QuarkusTest
class PasswordHashesTest {

    /** {@code htpasswd -bnBC 10 user 'Htpasswd-Password-2026'} (apache2-utils), as in deploy/README.md. */
    static final String HTPASSWD_2Y = "$2y$10$svMpA8APxD4XhNJIuiPjQuMCZNzkxgYNFsP0y.sJG3o44zi5eFOV2";
    static final String HTPASSWD_PASSWORD = "Htpasswd-Password-2026";
    /** jBCrypt 0.4, {@code BCrypt.hashpw("JBCrypt-Password-2026", BCrypt.gensalt(10))}: the hashes stored before. */
    static final String JBCRYPT_2A = "$2a$10$5zU1ZSnx1PqaDHoQpmw7muOOHejHlQv7oiveoIOU6IiQ49nZB8vlG";
    static final String JBCRYPT_PASSWORD = "JBCrypt-Password-2026";
    /** Bouncy Castle, {@code OpenBSDBCrypt.generate("2b", "OpenBSD-Password-2026", salt, 10)}: a weaker cost. */
    static final String OPENBSD_2B = "$2b$10$D7a3NgDYXJbLuTxGTmJYLuGX9FXyUnA3Fma1Y2gcIXhjwN8aqkV8.";
    static final String OPENBSD_PASSWORD = "OpenBSD-Password-2026";

    @Inject
    EntityManager entityManager;

    @Inject
    Passwords passwords;

    @Test
    void anHtpasswd2yHashSignsInAndIsReplacedByACurrentHashThatStillSignsIn() {
        provesTheRehash(HTPASSWD_2Y, HTPASSWD_PASSWORD);
    }

    @Test
    void aJBCrypt2aHashSignsInAndIsReplacedByACurrentHashThatStillSignsIn() {
        provesTheRehash(JBCRYPT_2A, JBCRYPT_PASSWORD);
    }

    @Test
    void a2bHashOfAWeakerCostSignsInAndIsReplacedByACurrentHashThatStillSignsIn() {
        provesTheRehash(OPENBSD_2B, OPENBSD_PASSWORD);
    }

    private void provesTheRehash(String storedHash, String password) {
        String username = user(storedHash);
        long version = version(username);

        signIn(username, password).then().statusCode(200);

        String replaced = hashOf(username);
        assertThat(replaced).isNotEqualTo(storedHash).startsWith("$2b$11$");
        assertThat(version(username)).as("a rehash is not a change a reader sees").isEqualTo(version);
        signIn(username, password).then().statusCode(200);
        assertThat(hashOf(username)).as("a current hash is kept").isEqualTo(replaced);
    }

    @ParameterizedTest
    @ValueSource(strings = {HTPASSWD_2Y, JBCRYPT_2A, OPENBSD_2B})
    void aWrongPasswordAgainstEachVariantIsA401AndLeavesTheHash(String storedHash) {
        String username = user(storedHash);

        signIn(username, "Wrong-Password-2026").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:invalid-credentials"));

        assertThat(hashOf(username)).isEqualTo(storedHash);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-hash", "", "$2a$10$short",
            "$2y$99$svMpA8APxD4XhNJIuiPjQuMCZNzkxgYNFsP0y.sJG3o44zi5eFOV2",
            "$2x$10$svMpA8APxD4XhNJIuiPjQuMCZNzkxgYNFsP0y.sJG3o44zi5eFOV2",
            "{bcrypt}$2a$10$5zU1ZSnx1PqaDHoQpmw7muOOHejHlQv7oiveoIOU6IiQ49nZB8vlG"})
    void aMalformedStoredHashIsARefusedSignInNotA500(String storedHash) {
        String username = user(storedHash);

        signIn(username, HTPASSWD_PASSWORD).then().statusCode(401)
                .body("type", equalTo("urn:parcours:problem:invalid-credentials"));

        assertThat(hashOf(username)).isEqualTo(storedHash);
    }

    @Test
    void aCommuneClientsJBCryptSecretSignsInAndIsReplaced() {
        String clientId = "commune-rehash-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into api_client (id, client_id, secret_hash, name, role, nis_code, active, created_at)
                values (:id, :clientId, :hash, 'Commune de test', 'COMMUNE_CLIENT', '62063', true, :now)""")
                .setParameter("id", UUID.randomUUID()).setParameter("clientId", clientId)
                .setParameter("hash", JBCRYPT_2A).setParameter("now", Instant.now()).executeUpdate());

        clientSignIn(clientId, "Wrong-Secret").then().statusCode(401);
        assertThat(secretHashOf(clientId)).isEqualTo(JBCRYPT_2A);
        clientSignIn(clientId, JBCRYPT_PASSWORD).then().statusCode(200);

        String replaced = secretHashOf(clientId);
        assertThat(replaced).startsWith("$2b$11$");
        clientSignIn(clientId, JBCRYPT_PASSWORD).then().statusCode(200);
        assertThat(secretHashOf(clientId)).isEqualTo(replaced);
    }

    @Test
    void newHashesAreOpenBsd2bAtTheMeasuredCostAndNeedNoUpgrade() {
        String hash = passwords.hash(OPENBSD_PASSWORD);

        assertThat(hash).startsWith("$2b$11$").hasSize(60);
        assertThat(passwords.upgrade(OPENBSD_PASSWORD, hash)).isEmpty();
        assertThat(passwords.upgrade(JBCRYPT_PASSWORD, "$2a$11$" + hash.substring(7))).isPresent();
        assertThat(passwords.upgrade(OPENBSD_PASSWORD, "$2b$12$" + hash.substring(7))).as("never downgraded").isEmpty();
    }

    @Test
    void anAbsentAccountNeverMatchesEvenWithTheAbsentHashesOwnSecret() {
        assertThat(passwords.matches("absent", java.util.Optional.empty())).isFalse();
        assertThat(passwords.matches(null, java.util.Optional.of(JBCRYPT_2A))).isFalse();
    }

    private String user(String hash) {
        String username = "hash." + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into user_account (id, username, password_hash, display_name, role, active, created_at)
                values (:id, :username, :hash, 'Compte de test', 'REGION_ANALYST', true, :now)""")
                .setParameter("id", UUID.randomUUID()).setParameter("username", username)
                .setParameter("hash", hash).setParameter("now", Instant.now()).executeUpdate());
        return username;
    }

    private String hashOf(String username) {
        return (String) column("select password_hash from user_account where username = :key", username);
    }

    private long version(String username) {
        return ((Number) column("select version from user_account where username = :key", username)).longValue();
    }

    private String secretHashOf(String clientId) {
        return (String) column("select secret_hash from api_client where client_id = :key", clientId);
    }

    private Object column(String query, String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(query)
                .setParameter("key", key).getSingleResult());
    }

    private static io.restassured.response.Response signIn(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    private static io.restassured.response.Response clientSignIn(String clientId, String secret) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grantType", "client_credentials", "clientId", clientId, "clientSecret", secret))
                .post("/api/v1/auth/token");
    }
}
