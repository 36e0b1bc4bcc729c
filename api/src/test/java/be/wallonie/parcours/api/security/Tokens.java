package be.wallonie.parcours.api.security;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Real access tokens for the demo accounts, obtained from the token endpoint like any client would. */
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
        return CACHE.computeIfAbsent(username, u -> given()
                .contentType(ContentType.JSON)
                .body(Map.of("grantType", "password", "username", u, "password", PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken"));
    }

    /** A request of this demo API client (client credentials; its secret is {@code <clientId>-demo-secret}). */
    public static RequestSpecification client(String clientId) {
        String token = CACHE.computeIfAbsent("client:" + clientId, u -> given()
                .contentType(ContentType.JSON)
                .body(Map.of("grantType", "client_credentials", "clientId", clientId, "clientSecret",
                        clientId + "-demo-secret"))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken"));
        return given().auth().oauth2(token);
    }

    /** A request signed in as this demo user. */
    public static RequestSpecification as(String username) {
        return given().auth().oauth2(of(username));
    }
}
