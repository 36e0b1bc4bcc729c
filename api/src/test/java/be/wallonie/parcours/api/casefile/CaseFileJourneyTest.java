package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;

/**
 * One newcomer from intake to a signed convention with enrolments, through HTTP with real tokens, as a CRI agent
 * takes them: at each step the state of the file and its deadlines, computed from what was recorded.
 */
@QuarkusTest
class CaseFileJourneyTest {

    private static final LocalDate ORDERED = LocalDate.of(2025, 3, 10);
    private static final String FINAL_DEADLINE = "2028-03-10";

    @Test
    void aNewcomerGoesFromIntakeToASignedConventionWithEnrolments() {
        // intake: the rules find the person obliged, with the 3-year regime from the order of the permit
        String personId = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, true);
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);

        // opened: the final deadline and the reception module due 3 months after the opening
        LocalDate opened = TODAY.minusDays(40);
        Response openedFile = file.open(personId, opened);
        openedFile.then()
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/caseFiles/" + file.fileId()))
                .header("Location", not(org.hamcrest.Matchers.containsString("/api/v1/api/v1")))
                .body("state", equalTo("OPENED"))
                .body("participation", equalTo("OBLIGED"))
                .body("cri", equalTo("CRIPEL"))
                .body("residenceCri", equalTo("CRIPEL"))
                .body("finalDeadline", equalTo(FINAL_DEADLINE))
                .body("deadlines.find { it.kind == 'RECEPTION_MODULE' }.dueOn",
                        equalTo(opened.plusMonths(3).toString()))
                .body("deadlines.find { it.kind == 'RECEPTION_MODULE' }.state", equalTo("ON_TIME"))
                .body("deadlines.find { it.kind == 'FINAL' }.dueOn", equalTo(FINAL_DEADLINE))
                .body("axes.findAll { it.required }.axis", contains("RECEPTION", "CITIZENSHIP"))
                .body("nextSteps", hasItem("RECEPTION"))
                .body("queues", org.hamcrest.Matchers.empty());

        // the reception module: social review, rights-and-duties session, French test
        file.post("reception", Map.of()).then().statusCode(201).body("complete", equalTo(false));
        file.get().then().body("state", equalTo("RECEPTION"));
        LocalDate reviewed = TODAY.minusDays(35);
        file.put("reception/socialReview", CaseFileSteps.socialReview(reviewed, true)).then().statusCode(200)
                .body("socialReview.needs.FRENCH.level", equalTo("HIGH"))
                .body("socialReview.recommendsSocioProfessionalOrientation", equalTo(true))
                .body("complete", equalTo(false));
        LocalDate session = TODAY.minusDays(30);
        file.put("reception/rightsAndDutiesSession",
                Map.of("heldOn", session.toString(), "format", "GROUP", "interpreterLanguage", "ar"))
                .then().statusCode(200)
                .body("rightsAndDutiesSession.interpreterLanguage", equalTo("ar"));
        file.put("reception/frenchTest", Map.of("takenOn", session.toString(), "level", "A1")).then()
                .statusCode(200)
                .body("complete", equalTo(true))
                .body("completedOn", equalTo(session.toString()));
        file.get().then()
                .body("deadlines.find { it.kind == 'RECEPTION_MODULE' }.doneOn", equalTo(session.toString()))
                .body("deadlines.find { it.kind == 'RECEPTION_MODULE' }.state", equalTo("DONE"))
                .body("axes.find { it.axis == 'RECEPTION' }.doneOn", equalTo(session.toString()));

        // the convention: proposed from the reception module, then signed
        LocalDate proposed = TODAY.minusDays(29);
        file.post("convention", Map.of("proposedOn", proposed.toString())).then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("requiredAxes", contains("RECEPTION", "CITIZENSHIP", "FRENCH", "SOCIO_PROFESSIONAL"))
                .body("grounds.FRENCH", org.hamcrest.Matchers.containsString("A1"));
        LocalDate signed = TODAY.minusDays(28);
        file.post("convention/signature", Map.of("signedOn", signed.toString())).then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("signedOn", equalTo(signed.toString()))
                .body("endDate", equalTo(FINAL_DEADLINE));
        file.get().then()
                .body("state", equalTo("CONVENTION_SIGNED"))
                .body("axes.findAll { it.required }.axis",
                        contains("RECEPTION", "CITIZENSHIP", "FRENCH", "SOCIO_PROFESSIONAL"))
                .body("deadlines.find { it.kind == 'EVALUATION_INTERVIEW' }.dueOn",
                        equalTo(signed.plusMonths(6).toString()));

        // enrolments: the first moves the file to IN_PROGRESS and starts the axis' own deadline
        LocalDate started = TODAY.minusDays(21);
        file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "CITIZENSHIP", "startDate",
                started.toString())).then().statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("operatorName", org.hamcrest.Matchers.containsString("Liège"));
        file.get().then()
                .body("state", equalTo("IN_PROGRESS"))
                .body("deadlines.find { it.kind == 'CITIZENSHIP' }.dueOn", equalTo(started.plusMonths(4).toString()));
        file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "FRENCH", "startDate",
                started.toString())).then().statusCode(201);
        file.post("enrolments", Map.of("operatorCode", "FOREM-LIEGE", "axis", "SOCIO_PROFESSIONAL", "startDate",
                TODAY.minusDays(14).toString())).then().statusCode(201);
        file.get().then()
                .body("deadlines.find { it.kind == 'FRENCH' }.dueOn", equalTo(started.plusMonths(16).toString()))
                .body("axes.find { it.axis == 'SOCIO_PROFESSIONAL' }.startedOn",
                        equalTo(TODAY.minusDays(14).toString()));
        Tokens.as(Tokens.AGENT_CRIPEL).get(file.url("enrolments")).then().statusCode(200)
                .body("axis", containsInAnyOrder("CITIZENSHIP", "FRENCH", "SOCIO_PROFESSIONAL"));

        // an evaluation interview moves the next one 6 months on
        LocalDate interviewed = TODAY.minusDays(1);
        file.post("evaluationInterviews", Map.of("heldOn", interviewed.toString(), "notes", "Assidue")).then()
                .statusCode(201);
        file.get().then().body("deadlines.find { it.kind == 'EVALUATION_INTERVIEW' }.dueOn",
                equalTo(interviewed.plusMonths(6).toString()));

        // the timeline tells it all, in order, with who did it
        Response events = Tokens.as(Tokens.AGENT_CRIPEL).get(file.url("events"));
        events.then().statusCode(200).body("recordedBy", not(hasItem(nullValue())));
        List<String> types = events.path("type");
        assertThat(types).containsSubsequence("OPENED", "RECEPTION_STARTED", "SOCIAL_REVIEW_RECORDED",
                "RIGHTS_AND_DUTIES_SESSION_RECORDED", "FRENCH_TEST_RECORDED", "RECEPTION_COMPLETED",
                "CONVENTION_PROPOSED", "CONVENTION_SIGNED", "TRAINING_STARTED", "ENROLLED", "ENROLLED", "ENROLLED",
                "INTERVIEW_HELD");

        // and the person's audit trail names the case-file endpoints that read and changed the data
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("pageSize", 200).get("/api/v1/persons/" + personId + "/auditTrail")
                .then().statusCode(200)
                .body("items.endpoint", hasItems("POST /caseFiles", "GET /caseFiles/{id}",
                        "PUT /caseFiles/{id}/reception/socialReview", "POST /caseFiles/{id}/convention/signature",
                        "POST /caseFiles/{id}/enrolments", "GET /caseFiles/{id}/events"));
    }

    @Test
    void aSupervisorExtendsTheFinalDeadlineAndTheConventionFollowsOnAmendment() {
        String personId = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false);
        CaseFileSteps agent = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        agent.open(personId, TODAY.minusDays(20));
        agent.receptionAndSignature(TODAY.minusDays(15), "B1", false, TODAY.minusDays(10));

        CaseFileSteps supervisor = new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL).on(agent.fileId());
        supervisor.post("deadlineExtensions", Map.of("newDeadline", "2028-09-10", "reason", "Liste d'attente"))
                .then().statusCode(201)
                .body("finalDeadline", equalTo("2028-09-10"))
                .body("deadlineExtensions[0].decidedBy", equalTo(Tokens.SUPERVISOR_CRIPEL))
                .body("deadlines.find { it.kind == 'FINAL' }.dueOn", equalTo("2028-09-10"));
        supervisor.post("convention/amendments", Map.of("axes", List.of("RECEPTION", "CITIZENSHIP"), "reason",
                "Prolongation du délai", "effectiveOn", TODAY.toString())).then().statusCode(201)
                .body("versions.size()", equalTo(2))
                .body("versions[1].endDate", equalTo("2028-09-10"))
                .body("endDate", equalTo("2028-09-10"));

        // an agent cannot extend a deadline
        agent.refresh();
        agent.post("deadlineExtensions", Map.of("newDeadline", "2028-12-10", "reason", "Encore")).then()
                .statusCode(403);
    }
}
