package be.wallonie.parcours.api.attendance;

import static be.wallonie.parcours.api.attendance.AttendanceSteps.STARTED;
import static be.wallonie.parcours.api.attendance.AttendanceSteps.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;

/**
 * The ledger's running totals (V013, docs/adr/0018-attendance-running-totals.md) through HTTP: kept by the database as
 * entries are written, equal to the sum of the entries, the daily maximum held under concurrent postings, and a posting
 * that costs the same statements whatever the file's history (Hibernate's statistics, on in the test profile).
 */
@QuarkusTest
class AttendanceRunningTotalsTest {

    static final int POSTINGS = 20;

    @Inject
    AttendanceDatabase database;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void concurrentPostingsOnOneEnrolmentKeepTheDailyMaximumAndTheTotals() throws Exception {
        AttendanceSteps steps = new AttendanceSteps();
        String token = Tokens.of(Tokens.TRAINER_ILI);
        List<Callable<Response>> postings = new ArrayList<>();
        for (int i = 0; i < POSTINGS; i++) {
            String key = UUID.randomUUID().toString();
            postings.add(() -> RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                    .header("Idempotency-Key", key).body(session(STARTED, 1, null))
                    .post("/api/v1/enrolments/" + steps.enrolmentId + "/attendance"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(POSTINGS);
        List<Response> answers = new ArrayList<>();
        try {
            for (Future<Response> answer : pool.invokeAll(postings)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(8); // 8 hours a day at most
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
                .allSatisfy(refused -> assertThat(refused.jsonPath().getString("code"))
                        .isEqualTo("ATTENDANCE_REFUSED.DAILY_MAXIMUM_EXCEEDED"));
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(8);
        assertThat(database.entriesOnDay(steps.personId, STARTED)).isEqualByComparingTo("8");
        assertThat(database.totalsDifferingFromEntries()).isZero();
    }

    @Test
    void aPostingCostsTheSameStatementsWhateverTheFilesHistory() {
        AttendanceSteps longHistory = new AttendanceSteps();
        AttendanceSteps noHistory = new AttendanceSteps();
        for (int day = 0; day < 25; day++) {
            AttendanceSteps.post(longHistory.enrolmentId, STARTED.plusDays(day), 2).then().statusCode(201);
        }

        long withHistory = statementsOf(() -> AttendanceSteps.post(longHistory.enrolmentId, STARTED.plusDays(26), 1)
                .then().statusCode(201));
        long withoutHistory = statementsOf(() -> AttendanceSteps.post(noHistory.enrolmentId, STARTED.plusDays(26), 1)
                .then().statusCode(201));

        assertThat(withHistory).isPositive().isEqualTo(withoutHistory);
    }

    private long statementsOf(Runnable posting) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        posting.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aCorrectionChangesTheTotalsOfItsSessionsDay() {
        AttendanceSteps steps = new AttendanceSteps();
        AttendanceSteps.post(steps.enrolmentId, STARTED, 6).then().statusCode(201);
        String entryId = Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/enrolments/" + steps.enrolmentId + "/attendance")
                .path("[0].id");
        Tokens.as(Tokens.TRAINER_ILI).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(java.util.Map.of("newHours", 2, "reason", "Left at the break"))
                .post("/api/v1/enrolments/" + steps.enrolmentId + "/attendance/" + entryId + "/corrections")
                .then().statusCode(201);

        // the day holds 2 hours now: 6 more fit in it
        AttendanceSteps.post(steps.enrolmentId, STARTED, 6).then().statusCode(201);
        AttendanceSteps.post(steps.enrolmentId, STARTED, "0.25").then().statusCode(409);
        assertThat(database.entriesOnDay(steps.personId, STARTED)).isEqualByComparingTo("8");
        assertThat(database.totalsDifferingFromEntries()).isZero();
    }
}
