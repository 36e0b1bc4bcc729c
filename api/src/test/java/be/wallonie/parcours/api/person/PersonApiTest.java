package be.wallonie.parcours.api.person;

import static be.wallonie.parcours.api.person.PersonFixture.nationalNumber;
import static be.wallonie.parcours.api.person.PersonFixture.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.audit.AuditEvent;
import be.wallonie.parcours.domain.audit.AuditRepository;
import be.wallonie.parcours.domain.shared.Paging;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The persons API over HTTP with real tokens: intake with duplicate detection and a stored assessment, optimistic
 * locking, searches, tenancy between CRIs, roles, and the audit trail.
 */
@QuarkusTest
class PersonApiTest {

    private static final LocalDate BORN = LocalDate.of(1993, 5, 2);

    @Inject
    AuditRepository auditEvents;
    @Inject
    EntityManager entityManager;
    @Inject
    SessionFactory sessionFactory;

    static Map<String, Object> intake(String lastName, LocalDate birthDate, String nationalNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("lastName", lastName);
        body.put("firstNames", "Yasmina");
        body.put("birthDate", birthDate.toString());
        body.put("nationality", "MA");
        body.put("nationalNumber", nationalNumber);
        body.put("communeNis", "62063");
        body.put("contact", Map.of("street", "Rue Léopold 12", "postalCode", "4000", "locality", "Liège", "phone",
                "+32 470 12 34 56"));
        body.put("preferredLanguage", "fr");
        body.put("interpreterLanguage", "ar");
        body.put("cpasBeneficiary", true);
        body.put("permits", List.of(Map.of("cardType", "A", "permitType", "FAMILY_REUNIFICATION", "orderDate",
                "2025-03-10", "validityMonths", 12)));
        return body;
    }

    static ExtractableResponse<Response> register(String user, Map<String, Object> body) {
        return Tokens.as(user).contentType(ContentType.JSON).body(body).post("/api/v1/persons").then().extract();
    }

    static String registered(String user, Map<String, Object> body) {
        return register(user, body).response().then().statusCode(201).extract().path("id");
    }

    static ExtractableResponse<Response> query(String user, Map<String, Object> criteria, int page, int pageSize) {
        return Tokens.as(user).contentType(ContentType.JSON).body(criteria)
                .queryParam("page", page).queryParam("pageSize", pageSize)
                .post("/api/v1/persons/query").then().extract();
    }

    @Test
    void intakeAnswers201WithLocationETagAndTheStoredAssessment() {
        String number = nationalNumber(BORN).value();
        Response response = register(Tokens.AGENT_CRIPEL, intake(uniqueName("Intake"), BORN, number)).response();
        response.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("nationalNumber", equalTo(number))
                .body("communeNis", equalTo("62063"))
                .body("registeredByCri", equalTo("CRIPEL"))
                .body("assessment.status", equalTo("OBLIGED"))
                .body("assessment.code", nullValue())
                .body("assessment.deadline", equalTo("2028-03-10"))
                .body("assessment.cri", equalTo("CRIPEL"))
                .body("assessment.ruleSetVersion", notNullValue());
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/v1/persons/" + id).doesNotContain("/api/v1/api/v1");
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + id + "/assessments").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].status", equalTo("OBLIGED"))
                .body("[0].assessedBy", equalTo(Tokens.AGENT_CRIPEL));
    }

    @Test
    void anOldNisCodeIsStoredAsTheCurrentCommune() {
        Map<String, Object> body = intake(uniqueName("Oldnis"), BORN, null);
        body.put("communeNis", "54007"); // Mouscron before the 2019 reform of the arrondissements
        register(Tokens.AGENT_CRIPEL, body).response().then().statusCode(201).body("communeNis", equalTo("57096"));
    }

    @Test
    void invalidFactsAnswer400NamingEachFieldAndCreateNothing() {
        Map<String, Object> body = intake(uniqueName("Invalid"), BORN, "12345678901");
        body.put("nationality", "ZZ");
        body.put("communeNis", "99999");
        register(Tokens.AGENT_CRIPEL, body).response().then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("issues.field", hasItem("nationalNumber"))
                .body("issues.field", hasItem("nationality"));
        query(Tokens.AGENT_CRIPEL, Map.of("nameFragment", (String) body.get("lastName")), 1, 10).response().then()
                .body("total", equalTo(0));
    }

    @Test
    void readAndUpdateUseTheETagAndARefusedUpdateChangesNothing() {
        String lastName = uniqueName("Etag");
        Map<String, Object> body = intake(lastName, BORN, null);
        String id = registered(Tokens.AGENT_CRIPEL, body);
        String etag = Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + id).then().statusCode(200)
                .body("lastName", equalTo(lastName)).extract().header("ETag");

        body.put("firstNames", "Yasmine");
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body(body).put("/api/v1/persons/" + id).then()
                .statusCode(428).body("type", equalTo("urn:parcours:problem:precondition-required"));
        String newEtag = Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body).put("/api/v1/persons/" + id).then().statusCode(200)
                .body("firstNames", equalTo("Yasmine")).extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);

        body.put("firstNames", "Stale");
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/api/v1/persons/" + id).then().statusCode(412)
                .body("type", equalTo("urn:parcours:problem:precondition-failed"));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + id).then().statusCode(200)
                .header("ETag", equalTo(newEtag))
                .body("firstNames", equalTo("Yasmine"));
    }

    @Test
    void aChangeOfFactsIsReassessedAndTheHistoryKept() {
        Map<String, Object> body = intake(uniqueName("Reassess"), BORN, null);
        Response created = register(Tokens.AGENT_CRIPEL, body).response();
        String id = created.path("id");
        body.put("employment", List.of(Map.of("start", "2025-06-02", "fraction", 1)));
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(body).put("/api/v1/persons/" + id).then().statusCode(200)
                .body("assessment.status", equalTo("DISPENSE_TO_CONFIRM"))
                .body("assessment.code", equalTo("D4"));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + id + "/assessments").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].status", equalTo("DISPENSE_TO_CONFIRM"))
                .body("[1].status", equalTo("OBLIGED"));
    }

    @Test
    void anUpdateThatLeavesTheFactsAloneIsNotReassessed() {
        Map<String, Object> body = intake(uniqueName("Same"), BORN, null);
        Response created = register(Tokens.AGENT_CRIPEL, body).response();
        String id = created.path("id");
        body.put("contact", Map.of("email", "yasmina@example.org"));
        Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(body).put("/api/v1/persons/" + id).then().statusCode(200)
                .body("contact.email", equalTo("yasmina@example.org"));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + id + "/assessments").then().body("size()",
                equalTo(1));
    }

    @Test
    void aKnownNationalNumberIsRefusedWithALinkAndNothingIsCreated() {
        String number = nationalNumber(BORN).value();
        String existing = registered(Tokens.AGENT_CRIPEL, intake(uniqueName("First"), BORN, number));
        String otherName = uniqueName("Second");
        register(Tokens.AGENT_CRIPEL, intake(otherName, BORN, number)).response().then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:duplicate-person"))
                .body("existingPersonId", equalTo(existing))
                .body("existingPerson", equalTo("/api/v1/persons/" + existing));
        query(Tokens.AGENT_CRIPEL, Map.of("nameFragment", otherName), 1, 10).response().then().body("total",
                equalTo(0));
        query(Tokens.AGENT_CRIPEL, Map.of("nationalNumber", number), 1, 10).response().then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(existing));
    }

    @Test
    void aNationalNumberOfAnotherCrisPersonIsRefusedWithoutItsId() {
        String number = nationalNumber(BORN).value();
        registered(Tokens.AGENT_CRIPEL, intake(uniqueName("Cripel"), BORN, number));
        Map<String, Object> body = intake(uniqueName("Cai"), BORN, number);
        body.put("communeNis", "92094");
        register(Tokens.AGENT_CAI, body).response().then().statusCode(409)
                .body("type", equalTo("urn:parcours:problem:duplicate-person"))
                .body("existingPersonId", nullValue())
                .body("existingPerson", nullValue());
    }

    @Test
    void aLikelyDuplicateMustBeConfirmed() {
        String lastName = uniqueName("Likely");
        String first = registered(Tokens.AGENT_CRIPEL, intake(lastName, BORN, null));
        Map<String, Object> body = intake(lastName, BORN, null);
        register(Tokens.AGENT_CRIPEL, body).response().then().statusCode(409)
                .body("type", equalTo("urn:parcours:problem:likely-duplicate"))
                .body("candidates", equalTo(List.of(first)));
        query(Tokens.AGENT_CRIPEL, Map.of("nameFragment", lastName), 1, 10).response().then().body("total",
                equalTo(1));
        body.put("confirmedNotDuplicate", true);
        register(Tokens.AGENT_CRIPEL, body).response().then().statusCode(201);
        query(Tokens.AGENT_CRIPEL, Map.of("nameFragment", lastName), 1, 10).response().then().body("total",
                equalTo(2));
    }

    @Test
    void searchIsPagedInTheDatabase() {
        String prefix = uniqueName("Page");
        for (String suffix : List.of("a", "b", "c")) {
            registered(Tokens.AGENT_CRIPEL, intake(prefix + suffix, BORN.plusYears(suffix.charAt(0) - 'a' + 3), null));
        }
        query(Tokens.AGENT_CRIPEL, Map.of("nameFragment", prefix), 1, 2).response().then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].lastName", equalTo(prefix + "a"))
                .body("items[0].status", equalTo("OBLIGED"))
                .body("page", equalTo(1)).body("pageSize", equalTo(2)).body("total", equalTo(3));
        query(Tokens.AGENT_CRIPEL, Map.of("nameFragment", prefix), 2, 2).response().then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].lastName", equalTo(prefix + "c"))
                .body("total", equalTo(3));
    }

    @Test
    void aPageAfterTheLastIsEmptyAndStillCountsTheMatches() {
        String prefix = uniqueName("After");
        for (String suffix : List.of("a", "b", "c")) {
            registered(Tokens.AGENT_CRIPEL, intake(prefix + suffix, BORN.plusYears(suffix.charAt(0) - 'a' + 3), null));
        }
        query(Tokens.AGENT_CRIPEL, Map.of("nameFragment", prefix), 3, 2).response().then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("page", equalTo(3)).body("total", equalTo(3));
    }

    /** The statuses of a page's persons are read at once: no query per person found. */
    @Test
    void aSearchPageCostsTheSameQueriesWhateverItsNumberOfPersons() {
        String prefix = uniqueName("Cost");
        registered(Tokens.AGENT_CRIPEL, intake(prefix + "a", BORN, null));
        long one = queriesOfSearch(prefix, 1);
        for (String suffix : List.of("b", "c", "d", "e")) {
            registered(Tokens.AGENT_CRIPEL, intake(prefix + suffix, BORN.plusYears(suffix.charAt(0) - 'a'), null));
        }
        assertThat(queriesOfSearch(prefix, 5)).as("queries of a search that finds five persons").isEqualTo(one);
    }

    private long queriesOfSearch(String nameFragment, int expectedPersons) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        query(Tokens.AGENT_CRIPEL, Map.of("nameFragment", nameFragment), 1, 50).response().then().statusCode(200)
                .body("items.size()", equalTo(expectedPersons));
        return statistics.getQueryExecutionCount();
    }

    @Test
    void aNameFragmentNeedsThreeCharacters() {
        query(Tokens.AGENT_CRIPEL, Map.of("nameFragment", "ab"), 1, 10).response().then().statusCode(400)
                .body("type", equalTo("urn:parcours:problem:validation"))
                .body("issues[0].field", equalTo("nameFragment"));
    }

    @Test
    void anotherCrisPersonIsNotFoundAnywhere() {
        String lastName = uniqueName("Tenant");
        Response created = register(Tokens.AGENT_CRIPEL, intake(lastName, BORN, null)).response();
        String id = created.path("id");
        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/persons/" + id).then().statusCode(404)
                .body("type", equalTo("urn:parcours:problem:not-found"));
        Tokens.as(Tokens.AGENT_CAI).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(intake(lastName, BORN, null)).put("/api/v1/persons/" + id).then().statusCode(404);
        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/persons/" + id + "/assessments").then().statusCode(404);
        Tokens.as(Tokens.AGENT_CAI).get("/api/v1/persons/" + id + "/auditTrail").then().statusCode(404);
        query(Tokens.AGENT_CAI, Map.of("nameFragment", lastName), 1, 10).response().then().statusCode(200)
                .body("total", equalTo(0)).body("items.size()", equalTo(0));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + id).then().statusCode(200)
                .body("lastName", equalTo(lastName));
    }

    @Test
    void onlyCriStaffReachPersons() {
        String id = registered(Tokens.AGENT_CRIPEL, intake(uniqueName("Roles"), BORN, null));
        Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/persons/" + id).then().statusCode(403);
        Tokens.as(Tokens.COMMUNE_LIEGE).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/persons/query")
                .then().statusCode(403);
        Tokens.as(Tokens.ADMIN).get("/api/v1/persons/" + id).then().statusCode(403);
        Tokens.as(Tokens.TRAINER_ILI).get("/api/v1/persons/" + id + "/auditTrail").then().statusCode(403);
    }

    @Test
    void everyReadAndWriteIsAuditedWithoutPersonalValues() {
        String lastName = uniqueName("Audit");
        String number = nationalNumber(BORN).value();
        Map<String, Object> body = intake(lastName, BORN, number);
        Response created = register(Tokens.AGENT_CRIPEL, body).response();
        String id = created.path("id");
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + id).then().statusCode(200);
        body.put("firstNames", "Audrey");
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(body).put("/api/v1/persons/" + id).then().statusCode(200);
        query(Tokens.AGENT_CRIPEL, Map.of("nationalNumber", number), 1, 10).response().then().body("total",
                equalTo(1));

        List<AuditEvent> trail = auditEvents.trailOf(UUID.fromString(id), new Paging(1, 50)).items();
        assertThat(trail).extracting(AuditEvent::action).contains(AuditAction.CREATE, AuditAction.ASSESS,
                AuditAction.READ, AuditAction.UPDATE, AuditAction.SEARCH);
        assertThat(trail).extracting(AuditEvent::endpoint).contains("POST /persons", "GET /persons/{id}",
                "PUT /persons/{id}", "POST /persons/query");
        assertThat(trail).filteredOn(e -> e.action() == AuditAction.UPDATE).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(Tokens.SUPERVISOR_CRIPEL);
                    assertThat(e.role()).isEqualTo("CRI_SUPERVISOR");
                    assertThat(e.tenant()).isEqualTo("CRIPEL");
                });
        List<String> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select cast(a as text) from audit_event a where a.person_id = :id", String.class)
                .setParameter("id", UUID.fromString(id))
                .getResultList());
        assertThat(rows).hasSize(trail.size());
        assertThat(rows).allSatisfy(row -> assertThat(row.toLowerCase())
                .doesNotContain(lastName.toLowerCase(), "yasmina", "audrey", number, BORN.toString(), "liège",
                        "léopold"));
    }

    @Test
    void anAdministratorAndThePersonsCriReadTheAuditTrail() {
        String id = registered(Tokens.AGENT_CRIPEL, intake(uniqueName("Trail"), BORN, null));
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + id).then().statusCode(200);
        Tokens.as(Tokens.ADMIN).queryParam("pageSize", 2).get("/api/v1/persons/" + id + "/auditTrail").then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].action", equalTo("READ"))
                .body("items[0].endpoint", equalTo("GET /persons/{id}"))
                .body("items[0].actor", equalTo(Tokens.AGENT_CRIPEL))
                .body("pageSize", equalTo(2))
                .body("total", equalTo(3));
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).get("/api/v1/persons/" + id + "/auditTrail").then().statusCode(200)
                .body("items.action", hasItem("CREATE"))
                .body("items.endpoint", hasItem(containsString("auditTrail")));
        Tokens.as(Tokens.ADMIN).get("/api/v1/persons/" + UUID.randomUUID() + "/auditTrail").then().statusCode(404);
    }

    @Test
    void theAuditTrailRefusesUpdatesAndDeletes() {
        String id = registered(Tokens.AGENT_CRIPEL, intake(uniqueName("Append"), BORN, null));
        for (String change : List.of("update audit_event set actor = 'someone' where person_id = :id",
                "delete from audit_event where person_id = :id")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery(change).setParameter("id", UUID.fromString(id)).executeUpdate()))
                    .hasStackTraceContaining("permission denied for table audit_event"); // ADR 0028
        }
        assertThat(auditEvents.trailOf(UUID.fromString(id), new Paging(1, 50)).items())
                .extracting(AuditEvent::actor).containsOnly(Tokens.AGENT_CRIPEL);
    }
}
