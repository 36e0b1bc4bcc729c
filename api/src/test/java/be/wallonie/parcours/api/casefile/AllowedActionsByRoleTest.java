package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.attestation.CompletedCaseFiles;
import be.wallonie.parcours.api.security.Tokens;

/**
 * A case file says what its reader may do on it now ({@code allowedActions}) and the one step that moves it on
 * ({@code nextStep}): the domain's state machine, then the caller's role (ADR 0032). An agent does not see the
 * supervisor's decisions; an operator's trainer does not see the file at all.
 */
@QuarkusTest
class AllowedActionsByRoleTest {

    @Inject
    CompletedCaseFiles completed;

    private static CaseFileSteps anOpenedFile() {
        String person = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, LocalDate.of(2025, 3, 10), false);
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(person, TODAY.minusDays(3));
        return file;
    }

    @Test
    void anAgentSeesTheFilesActionsButNotTheSupervisorsDecisions() {
        CaseFileSteps file = anOpenedFile();

        file.get().then()
                .body("allowedActions", containsInAnyOrder("START_RECEPTION", "SUSPEND", "CLOSE"))
                .body("nextStep.action", equalTo("START_RECEPTION"))
                .body("nextStep.deadline.kind", equalTo("RECEPTION_MODULE"));
    }

    @Test
    void aSupervisorAlsoSeesTheDeadlineAndTheTransfer() {
        CaseFileSteps file = anOpenedFile();

        new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL).on(file.fileId()).get().then()
                .body("allowedActions", containsInAnyOrder("START_RECEPTION", "SUSPEND", "CLOSE", "EXTEND_DEADLINE",
                        "TRANSFER"))
                .body("nextStep.action", equalTo("START_RECEPTION"));
    }

    @Test
    void theNextStepFollowsTheFileThroughTheReceptionModule() {
        CaseFileSteps file = anOpenedFile();
        file.post("reception", Map.of()).then().statusCode(201);

        file.get().then()
                .body("allowedActions", hasItems("RECORD_SOCIAL_REVIEW", "RECORD_RIGHTS_SESSION", "RECORD_FRENCH_TEST"))
                .body("allowedActions", not(hasItem("START_RECEPTION")))
                .body("nextStep.action", equalTo("RECORD_SOCIAL_REVIEW"));
    }

    @Test
    void aCompletedFileIsTheSupervisorsToIssueNotTheAgents() {
        UUID id = completed.completedFile("Actions", "Nour", false);

        new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL).on(id.toString()).get().then()
                .body("allowedActions", hasItem("ISSUE_ATTESTATION"))
                .body("nextStep.action", equalTo("ISSUE_ATTESTATION"));
        new CaseFileSteps(Tokens.AGENT_CRIPEL).on(id.toString()).get().then()
                .body("allowedActions", not(hasItem("ISSUE_ATTESTATION")))
                .body("nextStep", nullValue());
    }

    @Test
    void anOperatorsTrainerSeesNoneOfTheFilesActions() {
        CaseFileSteps file = anOpenedFile();

        Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/caseFiles/" + file.fileId()).then()
                .statusCode(403)
                .body("allowedActions", nullValue());
    }
}
