package be.wallonie.parcours.api.security;

import static io.restassured.RestAssured.given;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Real access tokens for the demo accounts, obtained from the token endpoint like any client would. A token is kept for
 * the next requests while its account's token version is the one it carries: a test that ends the tokens of a demo
 * account (a logout in a browser journey) does not leave the others with a revoked one.
 */
public final class Tokens {

    public static final String PASSWORD = "Parcours-Demo-2026";
    public static final String AGENT_CRIPEL = "agent.cripel";
    public static final String SUPERVISOR_CRIPEL = "superviseur.cripel";
    public static final String AGENT_CAI = "agent.cai";
    public static final String TRAINER_ILI = "formateur.ili";
    public static final String TRAINER_FOREM = "formateur.forem";
    public static final String COMMUNE_LIEGE = "commune.liege";
    public static final String CPAS_LIEGE = "cpas.liege";
    public static final String ANALYST = "analyste.region";
    public static final String ADMIN = "admin";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        CACHE.computeIfPresent(username, (u, token) -> current(token,
                "select token_version from user_account where username = ?", u) ? token : null);
        return CACHE.computeIfAbsent(username, u -> given()
                .contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", u, "password", PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken"));
    }

    /** A request of this demo API client (client credentials; its secret is {@code <clientId>-demo-secret}). */
    public static RequestSpecification client(String clientId) {
        CACHE.computeIfPresent("client:" + clientId, (c, token) -> current(token,
                "select token_version from api_client where client_id = ?", clientId) ? token : null);
        String token = CACHE.computeIfAbsent("client:" + clientId, u -> given()
                .contentType(ContentType.JSON)
                .body(Map.of("grantType", "client_credentials", "clientId", clientId, "clientSecret",
                        clientId + "-demo-secret"))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken"));
        return given().auth().oauth2(token);
    }

    /** Whether the token's version ({@code tv}) is still its account's, read in the application's database. */
    private static boolean current(String token, String query, String account) {
        Object version = TokenRevocationTest.claims(token).get(Claims.TOKEN_VERSION);
        try (var connection = Arc.container().instance(DataSource.class).get().getConnection();
                var statement = connection.prepareStatement(query)) {
            statement.setString(1, account);
            try (var row = statement.executeQuery()) {
                return row.next() && version instanceof Number tv && row.getLong(1) == tv.longValue();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request signed in as this demo user. */
    public static RequestSpecification as(String username) {
        return given().auth().oauth2(of(username));
    }
}
