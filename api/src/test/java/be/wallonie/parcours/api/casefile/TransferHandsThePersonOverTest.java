package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import be.wallonie.parcours.api.security.Tokens;

/**
 * A transfer hands the person over for good (ADR 0031, amending 0013): the former CRI keeps its frozen file, which
 * shows the person as it held them at the transfer, and nothing else of the person, whatever the new CRI records or
 * closes later; it regains the person when the file is transferred back. Every operation on a person (its record,
 * assessments, dispenses, audit trail, searches, case-file lists, a new file) is tried by the former CRI in each
 * situation: it answers 404 (or leaves the person out), while the CRI that holds the person is answered.
 */
@QuarkusTest
class TransferHandsThePersonOverTest {

    private static final LocalDate ORDERED = LocalDate.of(2025, 3, 10);
    private static final String SUPERVISOR_CAI = "superviseur.cai";
    private static final Map<String, String> SUPERVISOR = Map.of(Tokens.AGENT_CRIPEL, Tokens.SUPERVISOR_CRIPEL,
            Tokens.AGENT_CAI, SUPERVISOR_CAI);

    /** A situation after one or more transfers: who held the person before, who holds them now. */
    enum Situation {
        /** CRIPEL transferred the file to the CAI, which follows the person now. */
        TRANSFERRED(Tokens.AGENT_CRIPEL, Tokens.AGENT_CAI),
        /** The same, then the CAI corrected the name, recorded a move to Charleroi and closed its file. */
        CLOSED_BY_THE_NEW_CRI(Tokens.AGENT_CRIPEL, Tokens.AGENT_CAI),
        /** CRIPEL transferred the file to the CAI, which transferred it back to CRIPEL. */
        TRANSFERRED_BACK(Tokens.AGENT_CAI, Tokens.AGENT_CRIPEL);

        final String former;
        final String holder;

        Situation(String former, String holder) {
            this.former = former;
            this.holder = holder;
        }
    }

    /** One person per situation, with CRIPEL's first file (frozen by the transfer). */
    private record Handover(String personId, String lastName, String frozenFileId) {
    }

    private static final Map<Situation, Handover> HANDOVERS = new HashMap<>();

    private static synchronized Handover handover(Situation situation) {
        return HANDOVERS.computeIfAbsent(situation, TransferHandsThePersonOverTest::makeHandover);
    }

    private static Handover makeHandover(Situation situation) {
        String personId = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false);
        String lastName = person(Tokens.AGENT_CRIPEL, personId).getString("lastName");
        CaseFileSteps cripel = new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL);
        cripel.open(personId, TODAY.minusDays(30));
        moveTo(Tokens.AGENT_CRIPEL, personId, "92094", "Rue de Fer 1", "5000", "Namur", null);
        cripel.refresh(); // the move re-assessed the person, which the file follows
        String newFileId = cripel.post("transfers", Map.of("reason", "Déménagement à Namur")).then().statusCode(200)
                .extract().path("transferredTo");
        CaseFileSteps cai = new CaseFileSteps(SUPERVISOR_CAI).on(newFileId);
        switch (situation) {
            case TRANSFERRED -> {
            }
            case CLOSED_BY_THE_NEW_CRI -> {
                moveTo(Tokens.AGENT_CAI, personId, "52011", "Rue de la Montagne 3", "6000", "Charleroi", "Corrigé");
                cai.refresh();
                cai.post("closure", Map.of("reason", "LEFT_BELGIUM")).then().statusCode(200);
            }
            case TRANSFERRED_BACK -> {
                moveTo(Tokens.AGENT_CAI, personId, "62063", "Rue Léopold 12", "4000", "Liège", null);
                cai.refresh();
                cai.post("transfers", Map.of("reason", "Retour à Liège")).then().statusCode(200);
            }
        }
        return new Handover(personId, lastName, cripel.fileId());
    }

    /** Every operation on a person, as the CRI {@code agent}'s staff would try it. */
    enum Operation {
        getPerson, updatePerson, listAssessments, getPersonAuditTrail, listPersonCaseFiles, recordDispense, confirmDispense, rejectDispense, searchPersons, openCaseFile;

        Response by(String agent, Situation situation) {
            Handover handover = handover(situation);
            String person = "/api/v1/persons/" + handover.personId();
            return switch (this) {
                case getPerson -> Tokens.as(agent).get(person);
                case updatePerson -> {
                    // the holder's record and ETag: a valid request, which only the visibility can refuse
                    Response holderView = Tokens.as(situation.holder).get(person);
                    yield Tokens.as(agent).contentType(ContentType.JSON)
                            .header("If-Match", holderView.header("ETag"))
                            .body(update(holderView.jsonPath().getMap(""))).put(person);
                }
                case listAssessments -> Tokens.as(agent).get(person + "/assessments");
                case getPersonAuditTrail -> Tokens.as(agent).get(person + "/auditTrail");
                case listPersonCaseFiles -> Tokens.as(agent).get(person + "/caseFiles");
                case recordDispense -> Tokens.as(SUPERVISOR.get(agent)).contentType(ContentType.JSON)
                        .body(Map.of("dispense", "D1", "documentType", "Certificat médical", "documentDate",
                                TODAY.minusDays(5).toString(), "issuer", "Dr. Lambert", "decisionDate",
                                TODAY.minusDays(1).toString(), "explanation", "Incapacité durable"))
                        .post(person + "/dispenses");
                // the person's latest assessment, read by its holder: a decision on it that only the visibility or the
                // rules (409, nothing to confirm) can refuse
                case confirmDispense -> Tokens.as(SUPERVISOR.get(agent)).contentType(ContentType.JSON)
                        .body(Map.of("documentType", "Certificat médical", "documentDate",
                                TODAY.minusDays(5).toString(), "issuer", "Dr. Lambert", "explanation",
                                "Incapacité durable"))
                        .post(person + "/dispenses/" + latestAssessment(situation, person) + "/confirmation");
                case rejectDispense -> Tokens.as(SUPERVISOR.get(agent)).contentType(ContentType.JSON)
                        .body(Map.of("reason", "Aucun certificat fourni"))
                        .post(person + "/dispenses/" + latestAssessment(situation, person) + "/rejection");
                case searchPersons -> Tokens.as(agent).contentType(ContentType.JSON)
                        .body(Map.of("nameFragment", handover.lastName())).post("/api/v1/persons/query");
                case openCaseFile -> Tokens.as(agent).contentType(ContentType.JSON)
                        .body(Map.of("personId", handover.personId(), "openedOn", TODAY.toString()))
                        .post("/api/v1/caseFiles");
            };
        }

        /** The answer a CRI that does not see the person gets: nothing of the person. */
        void assertRefused(Response response, Handover handover) {
            switch (this) {
                case searchPersons -> response.then().statusCode(200).body("total", equalTo(0))
                        .body("items.id", not(hasItem(handover.personId())));
                case openCaseFile -> response.then().statusCode(400).body("issues.field", hasItem("personId"));
                default -> response.then().statusCode(404)
                        .body("type", equalTo("urn:parcours:problem:not-found"));
            }
        }

        /** The holder is answered (so that the refusal above is the visibility's, not the request's). */
        void assertAnswered(Response response, Handover handover) {
            switch (this) {
                case searchPersons -> response.then().statusCode(200)
                        .body("items.id", hasItem(handover.personId()));
                // a 409 (a current file exists) or a new file: the person is known
                case openCaseFile -> assertThat(response.statusCode()).as(name()).isIn(201, 409);
                // the person is known: the rules answer (nothing to confirm, or already decided)
                case confirmDispense, rejectDispense -> response.then().statusCode(409)
                        .body("code", startsWith("DISPENSE_DECISION."));
                default -> assertThat(response.statusCode()).as(name()).isBetween(200, 299);
            }
        }
    }

    private static String latestAssessment(Situation situation, String person) {
        List<String> ids = Tokens.as(situation.holder).get(person + "/assessments").then().statusCode(200).extract()
                .jsonPath().getList("id");
        return ids.get(0);
    }

    static Stream<Arguments> everyOperationInEverySituation() {
        List<Arguments> cases = new ArrayList<>();
        for (Situation situation : Situation.values()) {
            for (Operation operation : Operation.values()) {
                cases.add(Arguments.of(situation, operation));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} by the former CRI finds nothing, by the holder finds the person")
    @MethodSource("everyOperationInEverySituation")
    void theFormerCriNoLongerReachesThePerson(Situation situation, Operation operation) {
        Handover handover = handover(situation);
        operation.assertRefused(operation.by(situation.former, situation), handover);
        operation.assertAnswered(operation.by(situation.holder, situation), handover);
        operation.assertRefused(operation.by(situation.former, situation), handover);
    }

    @Test
    void everyOperationOnAPersonIsTriedAbove() {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.from(json).getMap("paths");
        Set<String> onPersons = new TreeSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (path.startsWith("/api/v1/persons") || (path.equals("/api/v1/caseFiles") && method.equals("post"))) {
                onPersons.add((String) operation.get("operationId"));
            }
        }));
        Set<String> tried = new TreeSet<>();
        for (Operation operation : Operation.values()) {
            tried.add(operation.name());
        }
        // registering a person creates one; the national-number duplicate probe has its own tests
        tried.add("registerPerson");
        assertThat(tried).as("a new operation on a person must be tried by the former CRI here")
                .isEqualTo(onPersons);
    }

    @Test
    void theFrozenFileShowsThePersonAsHeldAtTheTransferWhateverTheNewCriRecords() {
        Handover handover = handover(Situation.CLOSED_BY_THE_NEW_CRI);
        // the CAI corrected the name and address, then closed its file: its view of the person is the new one
        assertThat(person(Tokens.AGENT_CAI, handover.personId()).getString("firstNames")).isEqualTo("Corrigé");

        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/caseFiles/" + handover.frozenFileId()).then().statusCode(200)
                .body("state", equalTo("TRANSFERRED"))
                .body("person.lastName", equalTo(handover.lastName()))
                .body("person.firstNames", equalTo("Amina"))
                .body("residenceCri", equalTo("CAI"))
                .body("nextSteps.size()", equalTo(0));
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("state", "TRANSFERRED").queryParam("pageSize", 200)
                .get("/api/v1/caseFiles").then().statusCode(200)
                .body("items.find { it.id == '" + handover.frozenFileId() + "' }.firstNames", equalTo("Amina"));
        // its own timeline, up to the transfer: nothing the CAI did
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/caseFiles/" + handover.frozenFileId() + "/events").then()
                .statusCode(200)
                .body("type", hasItem("TRANSFERRED_OUT"))
                .body("type", not(hasItem("CLOSED")))
                .body("recordedBy", everyItem(not(equalTo(SUPERVISOR_CAI))));
        // and it stays frozen
        new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL).on(handover.frozenFileId())
                .post("suspensions", Map.of("reason", "x")).then().statusCode(409);
    }

    @Test
    void theCriThatRegainsThePersonSeesTheRecordAsNowAndBothOfItsFiles() {
        Handover handover = handover(Situation.TRANSFERRED_BACK);
        assertThat(person(Tokens.AGENT_CRIPEL, handover.personId()).getString("communeNis")).isEqualTo("62063");
        List<String> files = Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + handover.personId()
                + "/caseFiles").then().statusCode(200).extract().path("state");
        assertThat(files).containsExactly("OPENED", "TRANSFERRED");
        // CRIPEL corrects the first names; the CAI keeps its own frozen file, the person as it held them
        moveTo(Tokens.AGENT_CRIPEL, handover.personId(), "62063", "Rue Léopold 14", "4000", "Liège", "Revenue");
        String caiFile = Tokens.as(Tokens.AGENT_CAI).queryParam("state", "TRANSFERRED").queryParam("pageSize", 200)
                .get("/api/v1/caseFiles").then().statusCode(200).extract()
                .path("items.find { it.personId == '" + handover.personId() + "' }.id");
        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/caseFiles/" + caiFile).then().statusCode(200)
                .body("person.firstNames", equalTo("Amina"))
                .body("residenceCri", equalTo("CRIPEL"));
        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/persons/" + handover.personId()).then().statusCode(404);
    }

    private static JsonPath person(String agent, String personId) {
        return Tokens.as(agent).get("/api/v1/persons/" + personId).then().statusCode(200).extract().jsonPath();
    }

    /** The CRI {@code agent} records that the person lives elsewhere (and, given, a corrected first name). */
    private static void moveTo(String agent, String personId, String nis, String street, String postalCode,
            String locality, String firstNames) {
        Response current = Tokens.as(agent).get("/api/v1/persons/" + personId);
        current.then().statusCode(200);
        Map<String, Object> body = update(current.jsonPath().getMap(""));
        body.put("communeNis", nis);
        body.put("contact", Map.of("street", street, "postalCode", postalCode, "locality", locality));
        if (firstNames != null) {
            body.put("firstNames", firstNames);
        }
        Tokens.as(agent).contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body)
                .put("/api/v1/persons/" + personId).then().statusCode(200);
    }

    /** The person's record as the update endpoint takes it back. */
    private static Map<String, Object> update(Map<String, Object> person) {
        Map<String, Object> body = new HashMap<>(person);
        for (String readOnly : List.of("id", "registeredByCri", "registeredAt", "assessment")) {
            body.remove(readOnly);
        }
        return body;
    }
}
