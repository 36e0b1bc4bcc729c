package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;

/**
 * A person who moves to another CRI's territory is followed there: the new CRI gains the person and a new file, the
 * former CRI keeps read access to its own, frozen file only. A supervisor's recorded dispense makes the person a
 * volunteer. The work queues hold the files that need attention.
 */
@QuarkusTest
class CaseFileTransferAndDispenseTest {

    private static final LocalDate ORDERED = LocalDate.of(2025, 3, 10);
    private static final String SUPERVISOR_CAI = "superviseur.cai";

    @Test
    void aTransferredFileContinuesAtTheNewCriAndTheFormerOneKeepsOnlyItsOwnHistory() {
        String personId = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false);
        CaseFileSteps cripel = new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL);
        cripel.open(personId, TODAY.minusDays(30));
        cripel.receptionAndSignature(TODAY.minusDays(25), "A1", false, TODAY.minusDays(20));
        cripel.post("deadlineExtensions", Map.of("newDeadline", "2028-06-10", "reason", "Attente")).then()
                .statusCode(201);

        // the person moves to Namur: the file shows the new residence CRI, then the supervisor transfers it
        Map<String, Object> person = Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + personId).then()
                .statusCode(200).extract().as(Map.class);
        String personEtag = Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + personId).header("ETag");
        person.put("communeNis", "92094");
        person.put("contact", Map.of("street", "Rue de Fer 1", "postalCode", "5000", "locality", "Namur"));
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).header("If-Match", personEtag)
                .body(update(person)).put("/api/v1/persons/" + personId).then().statusCode(200);
        cripel.get().then().body("residenceCri", equalTo("CAI")).body("cri", equalTo("CRIPEL"));

        String newFileId = cripel.post("transfers", Map.of("reason", "Déménagement à Namur")).then()
                .statusCode(200)
                .body("state", equalTo("TRANSFERRED"))
                .body("transferredTo", notNullValue())
                .extract().path("transferredTo");

        // the former CRI reads its frozen file and its timeline, but no longer the person, nor the new file
        cripel.get().then().body("state", equalTo("TRANSFERRED")).body("nextSteps.size()", equalTo(0));
        Tokens.as(Tokens.AGENT_CRIPEL).get(cripel.url("events")).then().statusCode(200)
                .body("type", hasItem("TRANSFERRED_OUT"));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + personId).then().statusCode(404);
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/caseFiles/" + newFileId).then().statusCode(404);
        cripel.post("suspensions", Map.of("reason", "x")).then().statusCode(409);

        // the new CRI sees the person and the new file, opened with the same deadline, but not the former file
        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/persons/" + personId).then().statusCode(200);
        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/caseFiles/" + newFileId).then().statusCode(200)
                .body("state", equalTo("OPENED"))
                .body("cri", equalTo("CAI"))
                .body("finalDeadline", equalTo("2028-06-10"))
                .body("transferredFrom", equalTo(cripel.fileId()));
        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/caseFiles/" + cripel.fileId()).then().statusCode(404);
        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/persons/" + personId + "/caseFiles").then().statusCode(200)
                .body("id", equalTo(java.util.List.of(newFileId)));
    }

    @Test
    void aTransferToTheSameCriIsRefusedAndOnlyASupervisorTransfers() {
        String personId = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false);
        CaseFileSteps agent = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        agent.open(personId, TODAY.minusDays(3));
        agent.post("transfers", Map.of("reason", "x")).then().statusCode(403);
        new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL).on(agent.fileId())
                .post("transfers", Map.of("reason", "Erreur")).then().statusCode(409)
                .body("code", equalTo("CASE_FILE.SAME_CRI"));
        new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL).on(agent.fileId())
                .post("transfers", Map.of("toCri", "NOWHERE", "reason", "x")).then().statusCode(400)
                .body("issues.field", hasItem("toCri"));
    }

    @Test
    void aRecordedDispenseMakesThePersonAVolunteerWithoutDeadline() {
        String personId = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false);
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(personId, TODAY.minusDays(3)).then().body("participation", equalTo("OBLIGED"));
        Map<String, Object> dispense = Map.of("dispense", "D1", "documentType", "Certificat médical",
                "documentDate", TODAY.minusDays(5).toString(), "issuer", "Dr. Lambert", "decisionDate",
                TODAY.minusDays(1).toString(), "explanation", "Incapacité durable");

        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body(dispense)
                .post("/api/v1/persons/" + personId + "/dispenses").then().statusCode(403);
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).contentType(ContentType.JSON).body(dispense)
                .post("/api/v1/persons/" + personId + "/dispenses").then().statusCode(201)
                .body("kind", equalTo("RECORDED_DISPENSE"))
                .body("status", equalTo("DISPENSED"))
                .body("code", equalTo("D1"))
                .body("evidence.issuer", equalTo("Dr. Lambert"));

        file.get().then().body("participation", equalTo("VOLUNTEER")).body("finalDeadline", nullValue());
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + personId + "/assessments").then()
                .body("[0].kind", equalTo("RECORDED_DISPENSE"))
                .body("[1].kind", equalTo("RULES_ENGINE"));
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).contentType(ContentType.JSON)
                .body(Map.of("dispense", "D1", "documentType", "Certificat", "documentDate",
                        TODAY.plusDays(2).toString(), "issuer", " ", "explanation", "x"))
                .post("/api/v1/persons/" + personId + "/dispenses").then().statusCode(400)
                .body("issues.field", hasItem("documentDate"));
    }

    @Test
    void theWorkQueuesHoldTheFilesThatNeedAttention() {
        // ordered in 2024 under the 18-month regime, extended until 60 days from now, nothing done yet: at risk
        CaseFileSteps atRisk = new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL);
        atRisk.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, LocalDate.of(2024, 6, 3), false),
                TODAY.minusDays(2));
        atRisk.post("deadlineExtensions", Map.of("newDeadline", TODAY.plusDays(60).toString(), "reason", "Attente"))
                .then().statusCode(201);
        // opened four months ago and the reception module never started: overdue
        CaseFileSteps overdue = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        overdue.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY.minusMonths(4));
        // signed six months ago and no interview since: review due
        CaseFileSteps review = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        review.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY.minusMonths(7));
        review.receptionAndSignature(TODAY.minusMonths(6).minusDays(10), "B1", false,
                TODAY.minusMonths(6).minusDays(5));

        atRisk.get().then().body("queues", hasItem("AT_RISK"));
        overdue.get().then().body("queues", hasItem("OVERDUE"));
        review.get().then().body("queues", hasItem("REVIEW_DUE"));
        queue("atRisk").then().body("items.id", hasItem(atRisk.fileId()))
                .body("items.id", not(hasItem(review.fileId())));
        queue("overdue").then().body("items.id", hasItem(overdue.fileId()));
        queue("reviewDue").then().body("items.id", hasItem(review.fileId()))
                .body("items.id", not(hasItem(overdue.fileId())));
        queue("new").then().body("items.id", hasItem(overdue.fileId()))
                .body("items.id", not(hasItem(review.fileId())));
    }

    private static io.restassured.response.Response queue(String name) {
        io.restassured.response.Response response = Tokens.as(Tokens.AGENT_CRIPEL).queryParam("queue", name)
                .queryParam("pageSize", 200).get("/api/v1/caseFiles");
        response.then().statusCode(200);
        return response;
    }

    /** The person's record as the update endpoint takes it back. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> update(Map<String, Object> person) {
        Map<String, Object> body = new java.util.HashMap<>(person);
        for (String readOnly : java.util.List.of("id", "registeredByCri", "registeredAt", "assessment")) {
            body.remove(readOnly);
        }
        return body;
    }
}
