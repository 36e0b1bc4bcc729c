package be.wallonie.parcours.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import be.wallonie.parcours.api.shared.RateLimitCounts;

/**
 * Password guessing is slowed down per account and address, without locking the real user out (docs/adr/0027): after
 * the free failures, the next attempt for that account from that address waits (429 with Retry-After, before the
 * credentials are checked), longer after each failure; another address is not slowed down. The test runs behind a
 * trusted proxy (the test client's own address), so X-Forwarded-For tells the client's address.
 */
@QuarkusTest
@TestProfile(SignInThrottleTest.BehindAProxy.class)
class SignInThrottleTest {

    static final int ATTEMPTS_PER_MINUTE = 40;
    static final int FREE_FAILURES = 3;
    static final int ACCOUNT_FAILURES = 6;
    private static final String PASSWORD = "Un-mot-de-passe-2026";

    /** The test client connects from the loopback, which is the trusted proxy. */
    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parcours.http.trusted-proxies", "127.0.0.0/8, ::1",
                    "parcours.sign-in.attempts-per-minute", Integer.toString(ATTEMPTS_PER_MINUTE),
                    "parcours.sign-in.free-failures", Integer.toString(FREE_FAILURES),
                    "parcours.sign-in.account-failures", Integer.toString(ACCOUNT_FAILURES),
                    "parcours.sign-in.first-delay", "PT1S");
        }
    }

    @Inject
    DataSource database;

    @BeforeEach
    void startWithoutCounts() {
        RateLimitCounts.forgetAll(database);
    }

    @Test
    void theRealUserSignsInFromAnotherAddressWhileOneAddressIsSlowedDown() throws InterruptedException {
        String username = account();
        for (int i = 0; i < FREE_FAILURES; i++) {
            signIn(username, "Pas-le-bon-" + i, "198.51.100.66").then().statusCode(401);
        }
        // the free failures cost nothing: the next attempt is checked
        signIn(username, "Pas-le-bon", "198.51.100.66").then().statusCode(401);

        Response refused = signIn(username, PASSWORD, "198.51.100.66");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:too-many-requests"));
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        signIn(username.toUpperCase(), PASSWORD, "198.51.100.66").then().statusCode(429);

        signIn(username, PASSWORD, "203.0.113.5").then().statusCode(200);

        Thread.sleep(1_100);
        signIn(username, "Pas-le-bon", "198.51.100.66").then().statusCode(401);
        assertThat(signIn(username, PASSWORD, "198.51.100.66").header("Retry-After")).isEqualTo("2");
    }

    @Test
    void aSuccessClearsTheAddressesFailures() {
        String username = account();
        for (int i = 0; i < FREE_FAILURES; i++) {
            signIn(username, "Pas-le-bon-" + i, "198.51.100.67").then().statusCode(401);
        }
        signIn(username, PASSWORD, "198.51.100.67").then().statusCode(200);
        for (int i = 0; i < FREE_FAILURES; i++) {
            signIn(username, "Pas-le-bon-" + i, "198.51.100.67").then().statusCode(401);
        }
        signIn(username, PASSWORD, "198.51.100.67").then().statusCode(200);
    }

    @Test
    void guessingSpreadOverManyAddressesLosesTheFreeFailuresButNotTheRealUsersAddress() {
        String username = account();
        int address = 0;
        for (int i = 0; i < ACCOUNT_FAILURES; i++, address++) {
            signIn(username, "Pas-le-bon-" + i, "192.0.2." + address).then().statusCode(401);
        }
        signIn(username, "Pas-le-bon", "192.0.2.200").then().statusCode(401);
        signIn(username, PASSWORD, "192.0.2.200").then().statusCode(429);
        signIn(username, PASSWORD, "203.0.113.6").then().statusCode(200);
    }

    @Test
    void anApiClientIsThrottledByItsClientIdToo() {
        String clientId = "commune-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i <= FREE_FAILURES; i++) {
            client(clientId, "wrong-" + i, "198.51.100.68").then().statusCode(401);
        }
        client(clientId, "wrong", "198.51.100.68").then().statusCode(429).header("Retry-After", "1");
        client("commune-62063", "commune-62063-demo-secret", "198.51.100.68").then().statusCode(200);
    }

    @Test
    void eachAddressHasItsAttemptsAMinuteWhateverTheAccount() {
        Response answer;
        int sent = 0;
        do { // each wrong password takes a bcrypt check: attempts come back meanwhile
            answer = signIn("nobody." + sent, "Pas-le-bon", "198.51.100.69");
            sent++;
        } while (answer.statusCode() == 401 && sent < 2 * ATTEMPTS_PER_MINUTE);
        answer.then().statusCode(429).header("RateLimit-Remaining", "0");
        assertThat(sent).isGreaterThan(ATTEMPTS_PER_MINUTE);
        signIn(Tokens.AGENT_CRIPEL, Tokens.PASSWORD, "198.51.100.69").then().statusCode(429);
        signIn(Tokens.AGENT_CRIPEL, Tokens.PASSWORD, "198.51.100.70").then().statusCode(200);
    }

    @Test
    void xForwardedForFromTheTrustedProxyIsTheClientsAddress() {
        Response first = signIn("nobody", "Pas-le-bon", "198.51.100.71");
        Response second = signIn("nobody", "Pas-le-bon", "198.51.100.72");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo(second.header("RateLimit-Remaining"))
                .isEqualTo(Integer.toString(ATTEMPTS_PER_MINUTE - 1));
        // what the client wrote on the left is not believed: the proxy appended the right-most hop
        Response spoofed = signIn("nobody", "Pas-le-bon", "203.0.113.99, 198.51.100.71");
        assertThat(spoofed.header("RateLimit-Remaining")).isEqualTo(Integer.toString(ATTEMPTS_PER_MINUTE - 2));
    }

    @Test
    void manyFailedSignInsWithLongIdentifiersLeaveTheHeapAndTheStoreBounded() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        String megabyte = "u".repeat(1 << 20);
        signIn("warm.up", "Pas-le-bon", "198.51.100.73");
        long before = usedHeapAfterGc(memory);
        for (int i = 0; i < 10; i++) {
            // a 1 MB username is refused at the request bound (4 KiB for the token endpoint), unread
            signIn(i + megabyte, "Pas-le-bon", "198.51.100.74").then().statusCode(413);
        }
        long start = System.nanoTime();
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            // the longest username allowed, each a new one, counts in 32 bytes
            String longest = (i + "-" + "v".repeat(100)).substring(0, 100);
            int status = signIn(longest, "Pas-le-bon", "198.51.100.75").then().statusCode(oneOf(401, 429))
                    .extract().statusCode();
            checked += status == 401 ? 1 : 0;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) + 1;
        long after = usedHeapAfterGc(memory);

        assertThat(after - before).as("heap retained by 210 failed sign-ins").isLessThan(32L << 20);
        // the address's attempts bound the attempts checked: a burst of a minute's attempts, then one more each 60/40
        // seconds; only an attempt checked writes rows, two at most (its account at that address, its account)
        long allowed = ATTEMPTS_PER_MINUTE + seconds * ATTEMPTS_PER_MINUTE / 60 + 1;
        assertThat(checked).isLessThanOrEqualTo((int) allowed).isLessThan(200);
        assertThat(RateLimitCounts.rows(database, "sign_in_failure")).isLessThanOrEqualTo(2L * (checked + 1));
        assertThat(RateLimitCounts.rows(database, "rate_limit_bucket")).isLessThanOrEqualTo(10);
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String account() {
        String username = "guessed." + UUID.randomUUID().toString().substring(0, 8);
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Compte visé", "role", "REGION_ANALYST",
                        "password", PASSWORD))
                .post("/api/v1/users").then().statusCode(201);
        return username;
    }

    static Response signIn(String username, String password, String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("grantType", "password", "username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    private static Response client(String clientId, String secret, String address) {
        return given().contentType(ContentType.URLENC).header("X-Forwarded-For", address)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/token");
    }
}
