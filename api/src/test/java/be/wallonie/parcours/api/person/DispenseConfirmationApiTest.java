package be.wallonie.parcours.api.person;

import static be.wallonie.parcours.api.person.PersonFixture.uniqueName;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Dispenses stay a supervisor's decision (docs/adr/0030): facts declared at the desk that would dispense the person
 * make a dispense to confirm, the person obliged meanwhile; a supervisor confirms it on evidence or rejects it; the
 * history shows who entered and who decided.
 */
@QuarkusTest
class DispenseConfirmationApiTest {

    private static final LocalDate BORN = LocalDate.of(1991, 8, 14);
    private static final LocalDate TODAY = CaseFileSteps.TODAY;

    @Inject
    EntityManager entityManager;

    /** A person registered by the CRIPEL agent, obliged until 2028-03-10, then declared holding a medical certificate. */
    private record Declared(String personId, String dispenseId, String etag) {
    }

    private static Declared declaredMedicalCertificate(String user) {
        Map<String, Object> body = PersonApiTest.intake(uniqueName("Dispense"), BORN, null);
        Response created = PersonApiTest.register(Tokens.AGENT_CRIPEL, body).response();
        created.then().statusCode(201);
        String id = created.path("id");
        body.put("dispenseFacts", Map.of("medicalCertificate", true));
        Response updated = Tokens.as(user).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(body).put("/api/v1/persons/" + id);
        updated.then().statusCode(200);
        return new Declared(id, updated.path("assessment.id"), updated.header("ETag"));
    }

    private static Map<String, Object> evidence() {
        return Map.of("documentType", "Certificat médical", "documentDate", TODAY.minusDays(5).toString(), "issuer",
                "Dr. Lambert, CHR de la Citadelle", "explanation", "Incapacité durable attestée");
    }

    private static Response decide(String user, Declared declared, String decision, Object body) {
        return Tokens.as(user).contentType(ContentType.JSON).body(body)
                .post("/api/v1/persons/" + declared.personId() + "/dispenses/" + declared.dispenseId() + "/"
                        + decision);
    }

    @Test
    void aMedicalCertificateEnteredByAnAgentIsADispenseToConfirmAndThePersonStaysObligedWithTheDeadlineRunning() {
        Map<String, Object> body = PersonApiTest.intake(uniqueName("Dispense"), BORN, null);
        String personId = PersonApiTest.registered(Tokens.AGENT_CRIPEL, body);
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(personId, TODAY.minusDays(3));
        body.put("dispenseFacts", Map.of("medicalCertificate", true));

        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/persons/" + personId).then().statusCode(200)
                .body("dispenseFacts.medicalCertificate", equalTo(true))
                .body("assessment.status", equalTo("DISPENSE_TO_CONFIRM"))
                .body("assessment.code", equalTo("D1"))
                .body("assessment.deadline", equalTo("2028-03-10"))
                .body("assessment.assessedBy", equalTo(Tokens.AGENT_CRIPEL));

        file.get().then().body("participation", equalTo("OBLIGED")).body("finalDeadline", equalTo("2028-03-10"));
        PersonApiTest.query(Tokens.SUPERVISOR_CRIPEL, Map.of("status", "DISPENSE_TO_CONFIRM"), 1, 100).response()
                .then().statusCode(200).body("items.id", hasItem(personId));
    }

    @Test
    void aDeclaredDispenseAtIntakeIsADispenseToConfirmToo() {
        Map<String, Object> body = PersonApiTest.intake(uniqueName("Intake"), BORN, null);
        body.put("dispenseFacts", Map.of("priorAttestation", true));

        PersonApiTest.register(Tokens.AGENT_CRIPEL, body).response().then().statusCode(201)
                .body("assessment.status", equalTo("DISPENSE_TO_CONFIRM"))
                .body("assessment.code", equalTo("D7"))
                .body("assessment.deadline", equalTo("2028-03-10"));
    }

    @Test
    void workEnteredByAnAgentIsADispenseToConfirmAndARejectionClearsTheWorkPeriods() {
        Map<String, Object> body = PersonApiTest.intake(uniqueName("Work"), BORN, null);
        Response created = PersonApiTest.register(Tokens.AGENT_CRIPEL, body).response();
        String id = created.path("id");
        body.put("employment", List.of(Map.of("start", TODAY.minusMonths(5).toString(), "fraction", 1)));
        Response updated = Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(body).put("/api/v1/persons/" + id);
        updated.then().statusCode(200)
                .body("assessment.status", equalTo("DISPENSE_TO_CONFIRM"))
                .body("assessment.code", equalTo("D4"))
                .body("assessment.deadline", equalTo("2028-03-10"));
        Declared declared = new Declared(id, updated.path("assessment.id"), updated.header("ETag"));

        decide(Tokens.SUPERVISOR_CRIPEL, declared, "rejection", Map.of("reason", "Contrat non probant")).then()
                .statusCode(201).body("status", equalTo("OBLIGED"));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + id).then()
                .body("employment", empty())
                .body("assessment.status", equalTo("OBLIGED"));
    }

    @Test
    void aSupervisorConfirmsWithEvidenceAndTheHistoryShowsWhoEnteredAndWhoConfirmed() {
        Declared declared = declaredMedicalCertificate(Tokens.AGENT_CRIPEL);
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(declared.personId(), TODAY.minusDays(1));

        decide(Tokens.SUPERVISOR_CRIPEL, declared, "confirmation", evidence()).then().statusCode(201)
                .body("kind", equalTo("RECORDED_DISPENSE"))
                .body("status", equalTo("DISPENSED"))
                .body("code", equalTo("D1"))
                .body("deadline", nullValue())
                .body("decides", equalTo(declared.dispenseId()))
                .body("evidence.documentType", equalTo("Certificat médical"))
                .body("assessedBy", equalTo(Tokens.SUPERVISOR_CRIPEL));

        file.get().then().body("participation", equalTo("VOLUNTEER")).body("finalDeadline", nullValue());
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + declared.personId()).then()
                .body("assessment.status", equalTo("DISPENSED"));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + declared.personId() + "/assessments").then()
                .body("size()", equalTo(3))
                .body("[0].kind", equalTo("RECORDED_DISPENSE"))
                .body("[0].assessedBy", equalTo(Tokens.SUPERVISOR_CRIPEL))
                .body("[0].assessedAt", notNullValue())
                .body("[0].decides", equalTo(declared.dispenseId()))
                .body("[1].id", equalTo(declared.dispenseId()))
                .body("[1].status", equalTo("DISPENSE_TO_CONFIRM"))
                .body("[1].assessedBy", equalTo(Tokens.AGENT_CRIPEL))
                .body("[2].status", equalTo("OBLIGED"));
        decide(Tokens.SUPERVISOR_CRIPEL, declared, "confirmation", evidence()).then().statusCode(409)
                .body("code", equalTo("DISPENSE_DECISION.ALREADY_CONFIRMED"));
        decide(Tokens.SUPERVISOR_CRIPEL, declared, "rejection", Map.of("reason", "Non")).then().statusCode(409)
                .body("code", equalTo("DISPENSE_DECISION.ALREADY_CONFIRMED"));
    }

    @Test
    void aSupervisorRejectsWithAReasonAndThePersonIsObligedPlainly() {
        Declared declared = declaredMedicalCertificate(Tokens.AGENT_CRIPEL);

        decide(Tokens.SUPERVISOR_CRIPEL, declared, "rejection", Map.of("reason", " ")).then().statusCode(400)
                .body("issues.field", hasItem("reason"));
        decide(Tokens.SUPERVISOR_CRIPEL, declared, "rejection", Map.of("reason", "Aucun certificat fourni")).then()
                .statusCode(201)
                .body("kind", equalTo("REJECTED_DISPENSE"))
                .body("status", equalTo("OBLIGED"))
                .body("code", nullValue())
                .body("deadline", equalTo("2028-03-10"))
                .body("dispenseReasoning", equalTo("Aucun certificat fourni"))
                .body("decides", equalTo(declared.dispenseId()))
                .body("assessedBy", equalTo(Tokens.SUPERVISOR_CRIPEL));

        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + declared.personId()).then()
                .body("assessment.status", equalTo("OBLIGED"))
                .body("dispenseFacts.medicalCertificate", equalTo(false));
        decide(Tokens.SUPERVISOR_CRIPEL, declared, "confirmation", evidence()).then().statusCode(409)
                .body("code", equalTo("DISPENSE_DECISION.ALREADY_REJECTED"));
    }

    @Test
    void anAgentCannotConfirmNorRejectADispense() {
        Declared declared = declaredMedicalCertificate(Tokens.AGENT_CRIPEL);

        decide(Tokens.AGENT_CRIPEL, declared, "confirmation", evidence()).then().statusCode(403);
        decide(Tokens.AGENT_CRIPEL, declared, "rejection", Map.of("reason", "Non")).then().statusCode(403);

        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + declared.personId()).then()
                .body("assessment.status", equalTo("DISPENSE_TO_CONFIRM"));
    }

    @Test
    void aSupervisorsOwnEntryOfTheFactsIsToConfirmOnEvidenceToo() {
        Declared declared = declaredMedicalCertificate(Tokens.SUPERVISOR_CRIPEL);

        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + declared.personId()).then()
                .body("assessment.status", equalTo("DISPENSE_TO_CONFIRM"))
                .body("assessment.assessedBy", equalTo(Tokens.SUPERVISOR_CRIPEL));
        decide(Tokens.SUPERVISOR_CRIPEL, declared, "confirmation", evidence()).then().statusCode(201)
                .body("status", equalTo("DISPENSED"));
    }

    @Test
    void anotherCrisPersonOrAnUnknownDispenseIsNotFound() {
        Map<String, Object> body = PersonApiTest.intake(uniqueName("Namur"), BORN, null);
        body.put("communeNis", "92094");
        body.put("contact", Map.of("street", "Rue de Fer 1", "postalCode", "5000", "locality", "Namur"));
        body.put("dispenseFacts", Map.of("belgianDiploma", true));
        Response atCai = PersonApiTest.register(Tokens.AGENT_CAI, body).response();
        atCai.then().statusCode(201).body("assessment.status", equalTo("DISPENSE_TO_CONFIRM"));
        Declared foreign = new Declared(atCai.path("id"), atCai.path("assessment.id"), null);
        Declared mine = declaredMedicalCertificate(Tokens.AGENT_CRIPEL);

        decide(Tokens.SUPERVISOR_CRIPEL, foreign, "confirmation", evidence()).then().statusCode(404);
        decide(Tokens.SUPERVISOR_CRIPEL, foreign, "rejection", Map.of("reason", "Non")).then().statusCode(404);
        decide(Tokens.SUPERVISOR_CRIPEL, new Declared(mine.personId(), UUID.randomUUID().toString(), null),
                "confirmation", evidence()).then().statusCode(404);
        decide(Tokens.SUPERVISOR_CRIPEL, new Declared(mine.personId(), foreign.dispenseId(), null), "confirmation",
                evidence()).then().statusCode(404);
        decide(Tokens.SUPERVISOR_CRIPEL, new Declared(mine.personId(), "not-an-id", null), "confirmation",
                evidence()).then().statusCode(404);
    }

    @Test
    void onlyTheCurrentDispenseToConfirmIsDecidedAndTheRefusalIsInTheClientsLanguage() {
        Map<String, Object> body = PersonApiTest.intake(uniqueName("Dispense"), BORN, null);
        Response created = PersonApiTest.register(Tokens.AGENT_CRIPEL, body).response();
        Declared obliged = new Declared(created.path("id"), created.path("assessment.id"), created.header("ETag"));
        decide(Tokens.SUPERVISOR_CRIPEL, obliged, "confirmation", evidence()).then().statusCode(409)
                .body("code", equalTo("DISPENSE_DECISION.NOTHING_TO_CONFIRM"));

        Declared declared = declaredMedicalCertificate(Tokens.AGENT_CRIPEL);
        Map<String, Object> again = PersonApiTest.intake("unused", BORN, null);
        Response person = Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + declared.personId());
        again.put("lastName", person.path("lastName"));
        again.put("dispenseFacts", Map.of("medicalCertificate", true, "belgianDiploma", true));
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).header("If-Match", declared.etag()).body(again)
                .put("/api/v1/persons/" + declared.personId()).then().statusCode(200)
                .body("assessment.status", equalTo("DISPENSE_TO_CONFIRM"));

        Tokens.as(Tokens.SUPERVISOR_CRIPEL).header("Accept-Language", "nl").contentType(ContentType.JSON)
                .body(evidence())
                .post("/api/v1/persons/" + declared.personId() + "/dispenses/" + declared.dispenseId()
                        + "/confirmation")
                .then().statusCode(409)
                .body("code", equalTo("DISPENSE_DECISION.SUPERSEDED"))
                .body("detail", equalTo("De situatie van de persoon is sindsdien opnieuw onderzocht: deze te "
                        + "bevestigen vrijstelling is niet meer het geldende oordeel."));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + declared.personId() + "/assessments").then()
                .body("size()", equalTo(3))
                .body("status", equalTo(List.of("DISPENSE_TO_CONFIRM", "DISPENSE_TO_CONFIRM", "OBLIGED")));
    }

    @Test
    void aDispenseEnteredBeforeTheRuleIsKeptAsConfirmedByTheMigrationAndStaysWhenThePersonIsAssessedAgain()
            throws IOException {
        Map<String, Object> body = PersonApiTest.intake(uniqueName("Legacy"), BORN, null);
        body.put("dispenseFacts", Map.of("medicalCertificate", true));
        Response created = PersonApiTest.register(Tokens.AGENT_CRIPEL, body).response();
        String personId = created.path("id");
        // the rules' verdict as the old rule stored it: dispensed on the declared certificate, nobody confirmed it
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into obligation_assessment (id, person_id, kind, status, code, cri_code, rule_set_version,
                    as_of, explanation, inputs, assessed_by, assessed_at)
                select gen_random_uuid(), person_id, kind, 'DISPENSED', code, cri_code, rule_set_version, as_of,
                    explanation, inputs, assessed_by, assessed_at + interval '1 second'
                from obligation_assessment where person_id = cast(?1 as uuid)""")
                .setParameter(1, personId).executeUpdate());

        String dataMigration = v018DataMigration();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(dataMigration).executeUpdate());

        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + personId).then()
                .body("assessment.status", equalTo("DISPENSED"))
                .body("assessment.code", equalTo("D1"))
                .body("assessment.confirmedAtMigration", equalTo(true));
        body.put("employment", List.of(Map.of("start", TODAY.minusDays(20).toString(), "fraction", 0.2)));
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(body).put("/api/v1/persons/" + personId).then().statusCode(200)
                .body("assessment.status", equalTo("DISPENSED"))
                .body("assessment.confirmedAtMigration", equalTo(false));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + personId + "/assessments").then()
                .body("status", equalTo(List.of("DISPENSED", "DISPENSED", "DISPENSE_TO_CONFIRM")));
    }

    /** The data migration of V018, as the migration file holds it: its last statement. */
    private static String v018DataMigration() throws IOException {
        try (InputStream in = DispenseConfirmationApiTest.class
                .getResourceAsStream("/db/migration/V018__dispense_to_confirm.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.substring(sql.lastIndexOf("update obligation_assessment")).replace(";", "").strip();
        }
    }
}
