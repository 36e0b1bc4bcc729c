package be.wallonie.parcours.api.deadline;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.casefile.ComputedDeadlines;
import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.deadline.DeadlineScheduleRepository;

/**
 * An administrator recomputes the stored deadlines after a change of the rules: a stored schedule that no longer
 * equals what the domain computes (here, made wrong and stale behind the application's back) is written again, the
 * others are counted and left as they are. Only administrators may, and only for a CRI that exists.
 */
@QuarkusTest
class DeadlineRecomputationTest {

    @Inject
    EntityManager entityManager;
    @Inject
    CaseFileRepository files;
    @Inject
    ComputedDeadlines computed;
    @Inject
    DeadlineScheduleRepository schedules;

    @Test
    void aRecomputationWritesAgainTheStoredDeadlinesThatDifferFromTheComputedOnes() {
        CaseFileSteps steps = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        steps.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, TODAY.minusMonths(10), false),
                TODAY.minusMonths(9));
        UUID id = UUID.fromString(steps.fileId());
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update case_file set reception_due_on = opened_on, next_due_on = opened_on where id = ?1")
                .setParameter(1, id).executeUpdate());

        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(Map.of("cri", "CRIPEL"))
                .post("/api/v1/deadlineRecomputations").then().statusCode(200)
                .body("files", greaterThanOrEqualTo(1)).body("changed", greaterThanOrEqualTo(1));

        QuarkusTransaction.requiringNew().run(() -> assertThat(schedules.findByCaseFiles(List.of(id)).get(id))
                .isEqualTo(computed.of(files.findAllById(List.of(id))).get(id).schedule()));
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(Map.of("cri", "CRIPEL"))
                .post("/api/v1/deadlineRecomputations").then().statusCode(200)
                .body("changed", is(0));
    }

    @Test
    void aFileLeftStaleIsComputedByTheRecomputationOfEveryCri() {
        CaseFileSteps steps = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        steps.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, TODAY.minusMonths(10), false),
                TODAY.minusMonths(9));
        UUID id = UUID.fromString(steps.fileId());
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update case_file set deadlines_stale = true, reception_due_on = null, next_due_on = null,"
                        + " next_due_kind = null where id = ?1")
                .setParameter(1, id).executeUpdate());

        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body("{}").post("/api/v1/deadlineRecomputations")
                .then().statusCode(200).body("changed", greaterThanOrEqualTo(1));

        QuarkusTransaction.requiringNew().run(() -> assertThat(schedules.staleCaseFileIds(1000)).doesNotContain(id));
    }

    @Test
    void onlyAnAdministratorRecomputesAndOnlyForAKnownCri() {
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/deadlineRecomputations").then().statusCode(403);
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).body(Map.of("cri", "NOWHERE"))
                .post("/api/v1/deadlineRecomputations").then().statusCode(400).body("issues.field", hasItem("cri"));
    }
}
