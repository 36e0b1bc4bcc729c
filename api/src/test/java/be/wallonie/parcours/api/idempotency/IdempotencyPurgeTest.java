package be.wallonie.parcours.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;

/**
 * The idempotency keys are purged after their retention (docs/adr/0014-idempotent-postings.md): an expired key is
 * deleted, a live one kept, and a posting sent again within the retention is still answered with its first answer.
 */
@QuarkusTest
class IdempotencyPurgeTest {

    private static final String TENANT = "PURGE-TEST";
    private static final Duration DAY = Duration.ofDays(1);

    @Inject
    IdempotencyPurge purge;
    @Inject
    EntityManager entityManager;

    @Test
    void theRetentionIsThirtyDays() {
        assertThat(purge.retention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aKeyPastTheRetentionIsPurgedAndALiveOneKept() {
        String expired = claimed(purge.retention().plus(DAY));
        String live = claimed(purge.retention().minus(DAY));

        assertThat(purge.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(exists(expired)).isFalse();
        assertThat(exists(live)).isTrue();
    }

    @Test
    void aBacklogIsPurgedInBatchesUntilNoneIsLeft() {
        Instant cutoff = Instant.now().minus(purge.retention());
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into idempotency_record (tenant, idempotency_key, endpoint, request_hash, response_status,
                                                response_body, created_at)
                select :tenant, 'backlog-' || g, 'POST /enrolments/{id}/attendance', repeat('0', 64), 201, '{}',
                       cast(:at as timestamptz) - g * interval '1 second'
                from generate_series(1, 250) g""")
                .setParameter("tenant", TENANT)
                .setParameter("at", cutoff.minus(DAY))
                .executeUpdate());

        assertThat(purge.purgeClaimedBefore(cutoff, 40)).isGreaterThanOrEqualTo(250);

        assertThat(count("select count(*) from idempotency_record where idempotency_key like 'backlog-%'")).isZero();
    }

    @Test
    void aPostingSentAgainWithinTheRetentionIsStillAnsweredWithItsFirstAnswer() {
        String enrolmentId = enrolment();
        String key = UUID.randomUUID().toString();
        Map<String, Object> session = Map.of("sessionDate", CaseFileSteps.TODAY.minusDays(20).toString(), "hours", 2);
        Response first = post(enrolmentId, key, session);
        first.then().statusCode(201);
        // the key is now as old as the retention less a day: the purge keeps it
        age(key, purge.retention().minus(DAY));
        purge.purgeExpired();

        Response again = post(enrolmentId, key, session);

        again.then().statusCode(201).header("Idempotency-Replayed", equalTo("true"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(entries(enrolmentId)).isEqualTo(1);
        // a day past the retention, the purge deletes it
        age(key, purge.retention().plus(DAY));
        purge.purgeExpired();
        assertThat(count("select count(*) from idempotency_record where idempotency_key = '" + key + "'")).isZero();
    }

    /** A key used {@code ago}, with its answer. */
    private String claimed(Duration ago) {
        String key = "purge-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into idempotency_record (tenant, idempotency_key, endpoint, request_hash, response_status,
                                                response_body, created_at)
                values (:tenant, :key, 'POST /enrolments/{id}/attendance', repeat('0', 64), 201, '{}', :at)""")
                .setParameter("tenant", TENANT)
                .setParameter("key", key)
                .setParameter("at", Instant.now().minus(ago))
                .executeUpdate());
        return key;
    }

    private void age(String key, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update idempotency_record set created_at = :at where idempotency_key = :key")
                .setParameter("at", Instant.now().minus(ago))
                .setParameter("key", key)
                .executeUpdate());
    }

    private boolean exists(String key) {
        return count("select count(*) from idempotency_record where idempotency_key = '" + key + "'") == 1;
    }

    private long entries(String enrolmentId) {
        return count("select count(*) from attendance_entry where enrolment_id = '" + enrolmentId + "'");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .getSingleResult()).longValue());
    }

    private static Response post(String enrolmentId, String key, Map<String, Object> session) {
        return Tokens.as(Tokens.TRAINER_ILI).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(session).post("/api/v1/enrolments/" + enrolmentId + "/attendance");
    }

    /** A person's file in training, enrolled on citizenship with ILI-LIEGE a month ago. */
    private static String enrolment() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, today.minusMonths(8), false),
                today.minusDays(40));
        file.receptionAndSignature(today.minusDays(35), "A1", true, today.minusDays(34));
        return file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "CITIZENSHIP", "startDate",
                today.minusDays(30).toString())).then().statusCode(201).extract().path("id");
    }
}
