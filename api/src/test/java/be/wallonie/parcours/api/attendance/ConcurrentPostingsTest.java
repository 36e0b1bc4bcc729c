package be.wallonie.parcours.api.attendance;

import static be.wallonie.parcours.api.attendance.AttendanceSteps.STARTED;
import static be.wallonie.parcours.api.attendance.AttendanceSteps.importFile;
import static be.wallonie.parcours.api.attendance.AttendanceSteps.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.race.Race;
import be.wallonie.parcours.api.security.Tokens;

/**
 * Operators' postings sent at the same moment (docs/adr/0014-idempotent-postings.md,
 * docs/adr/0024-database-away-and-races.md): copies of one posting under one Idempotency-Key are recorded once and all
 * answered alike; two files that overlap, under different keys, record each line once, the second skipping what the
 * first recorded; postings under different keys count each other against the daily maximum. Never a 500: the
 * ledger's rows are counted in the database.
 */
@QuarkusTest
class ConcurrentPostingsTest {

    private static final int COPIES = 20;
    private static final String HEADER = "enrolmentId;sessionDate;hours;reference\n";

    @Inject
    AttendanceDatabase database;

    @Test
    void twentyCopiesOfAPostingUnderOneKeyAreRecordedOnceAndAllAnsweredAlike() throws Exception {
        AttendanceSteps steps = new AttendanceSteps();
        String key = UUID.randomUUID().toString();
        var body = session(STARTED, 2, "Module 3");

        List<Response> answers = Race.of(COPIES,
                copy -> AttendanceSteps.post(Tokens.TRAINER_ILI, steps.enrolmentId, key, body));

        assertAllAnsweredAlike(answers, 201);
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(1);
        assertThat(database.keys("ILI-LIEGE", key)).isEqualTo(1);
        assertThat(database.totalsDifferingFromEntries()).isZero();
    }

    @Test
    void twentyPostingsUnderDifferentKeysForOneDayStopAtTheDailyMaximum() throws Exception {
        AttendanceSteps steps = new AttendanceSteps();

        List<Response> answers = Race.of(COPIES, posting -> AttendanceSteps.post(Tokens.TRAINER_ILI,
                steps.enrolmentId, UUID.randomUUID().toString(), session(STARTED.plusDays(1), 1, null)));

        // the case file's lock makes each posting count the ones before it: 8 hours a day at most
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(8);
        assertThat(answers).filteredOn(answer -> answer.statusCode() != 201).hasSize(COPIES - 8)
                .allSatisfy(refused -> {
                    assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
                    assertThat(refused.jsonPath().getString("code"))
                            .isEqualTo("ATTENDANCE_REFUSED.DAILY_MAXIMUM_EXCEEDED");
                });
        assertThat(database.entriesOnDay(steps.personId, STARTED.plusDays(1))).isEqualByComparingTo("8");
        assertThat(database.totalsDifferingFromEntries()).isZero();
    }

    @Test
    void twentyCopiesOfAnImportUnderOneKeyAreRecordedOnceAndAllAnsweredAlike() throws Exception {
        AttendanceSteps steps = new AttendanceSteps();
        StringBuilder csv = new StringBuilder(HEADER);
        String batch = "ILI-" + UUID.randomUUID();
        for (int day = 0; day < 20; day++) {
            csv.append(steps.enrolmentId).append(';').append(STARTED.plusDays(day)).append(";1,5;").append(batch)
                    .append('-').append(day).append('\n');
        }
        String key = UUID.randomUUID().toString();

        List<Response> answers = Race.of(COPIES,
                copy -> importFile(Tokens.TRAINER_ILI, "ILI-LIEGE", "acceptValid", key, csv.toString()));

        assertAllAnsweredAlike(answers, 200);
        assertThat(answers.get(0).jsonPath().getInt("recorded")).isEqualTo(20);
        assertThat(database.entries(steps.enrolmentId)).isEqualTo(20);
        assertThat(database.keys("ILI-LIEGE", key)).isEqualTo(1);
        assertThat(database.totalsDifferingFromEntries()).isZero();
    }

    @Test
    void twoOverlappingImportsUnderDifferentKeysRecordEachLineOnceAndSkipTheOthersAsDuplicates() throws Exception {
        AttendanceSteps first = new AttendanceSteps();
        AttendanceSteps second = new AttendanceSteps();
        for (int r = 0; r < 4; r++) {
            int round = r;
            String batch = "ILI-" + UUID.randomUUID();
            // both enrolments, days 0 to 14 in one file and 5 to 19 in the other (in the other order of enrolments):
            // 40 lines in all, 20 of them in both files
            String early = lines(batch, 0, 15, first.enrolmentId, second.enrolmentId);
            String late = lines(batch, 5, 20, second.enrolmentId, first.enrolmentId);
            long before = database.entries(first.enrolmentId) + database.entries(second.enrolmentId);

            List<Response> answers = Race.of(2, racer -> importFile(Tokens.TRAINER_ILI, "ILI-LIEGE",
                    racer == 0 ? "allOrNothing" : "acceptValid", UUID.randomUUID().toString(),
                    racer == 0 ? early : late));

            assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode())
                    .as("round %d: %s", round, answer.asString()).isEqualTo(200));
            long recorded = answers.stream().mapToLong(a -> a.jsonPath().getLong("recorded")).sum();
            long duplicates = answers.stream().mapToLong(a -> a.jsonPath().getLong("duplicates")).sum();
            long rejected = answers.stream().mapToLong(a -> a.jsonPath().getLong("rejected")).sum();
            assertThat(recorded).as("round %d", round).isEqualTo(40);
            assertThat(duplicates).as("round %d", round).isEqualTo(20);
            assertThat(rejected).isZero();
            assertThat(database.entries(first.enrolmentId) + database.entries(second.enrolmentId))
                    .isEqualTo(before + 40);
        }
        assertThat(database.totalsDifferingFromEntries()).isZero();
    }

    /** Every answer has {@code status} and the same body; the first is the original, the others its replays. */
    private static void assertAllAnsweredAlike(List<Response> answers, int status) {
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
            assertThat(answer.asString()).isEqualTo(answers.get(0).asString());
        });
        assertThat(answers).filteredOn(answer -> answer.header("Idempotency-Replayed") == null).hasSize(1);
    }

    /** The lines of a file: an hour a day from {@code fromDay} to {@code toDay} (excluded), for each enrolment. */
    private static String lines(String batch, int fromDay, int toDay, String... enrolments) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String enrolment : enrolments) {
            for (int day = fromDay; day < toDay; day++) {
                csv.append(enrolment).append(';').append(STARTED.plusDays(day)).append(";1;").append(batch)
                        .append('-').append(enrolment, 0, 8).append('-').append(day).append('\n');
            }
        }
        return csv.toString();
    }
}
