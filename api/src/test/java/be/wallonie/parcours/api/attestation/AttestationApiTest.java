package be.wallonie.parcours.api.attestation;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.convention.Axis;

/**
 * The attestation over HTTP: issued by a supervisor only once every axis is complete, its PDF downloadable with a
 * matching hash, a copy to the commune (and the CPAS of a beneficiary) that their clients fetch and acknowledge, the
 * public verification that says valid, then revoked. Nothing personal is public; other recipients get 404.
 */
@QuarkusTest
class AttestationApiTest {

    private static final LocalDate ORDERED = LocalDate.of(2025, 3, 10);

    @Inject
    AttendedHours hours;

    /** An obliged person of Liège with reception and citizenship as the only axes, enrolled at ILI-LIEGE. */
    private CaseFileSteps enrolledFile(boolean cpasBeneficiary) {
        CaseFileSteps file = new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, cpasBeneficiary), TODAY.minusDays(60));
        file.receptionAndSignature(TODAY.minusDays(55), "B1", false, TODAY.minusDays(50));
        file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "CITIZENSHIP", "startDate",
                TODAY.minusDays(45).toString())).then().statusCode(201);
        return file;
    }

    @Test
    void anAttestationIsRefusedWhileAnAxisIsUnfinishedNamingWhatIsMissing() {
        CaseFileSteps file = enrolledFile(false);
        hours.record(file.fileId(), Axis.CITIZENSHIP, TODAY.minusDays(40), 4, "7.5");
        file.refresh();
        file.post("attestation", Map.of()).then().statusCode(409)
                .body("code", equalTo("ATTESTATION.AXES_UNFINISHED"))
                .body("detail", containsString("CITIZENSHIP (30/60 h)"));
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).get(file.url("attestation")).then().statusCode(404);
        file.get().then().body("state", equalTo("IN_PROGRESS"))
                .body("axes.find { it.axis == 'CITIZENSHIP' }.hoursDone", equalTo(30.0f))
                .body("axes.find { it.axis == 'CITIZENSHIP' }.hoursRemaining", equalTo(30.0f));
    }

    @Test
    void anIssuedAttestationReachesTheCommuneAndTheCpasAndIsVerifiableUntilRevoked() throws Exception {
        CaseFileSteps file = enrolledFile(true);
        hours.record(file.fileId(), Axis.CITIZENSHIP, TODAY.minusDays(40), 8, "7.5");
        file.get().then().body("state", equalTo("COMPLETED"));
        long communeCursor = lastCursor(Tokens.COMMUNE_LIEGE);

        // an agent may not issue; the supervisor does
        new CaseFileSteps(Tokens.AGENT_CRIPEL).on(file.fileId()).post("attestation", Map.of()).then()
                .statusCode(403);
        Response issued = file.post("attestation", Map.of());
        issued.then().statusCode(201)
                .body("number", org.hamcrest.Matchers.matchesPattern("CRIPEL-" + TODAY.getYear() + "-\\d{5}"))
                .body("content.participation", equalTo("OBLIGED"))
                .body("content.axes.axis", hasItem("CITIZENSHIP"))
                .body("transmissions.recipientKind", org.hamcrest.Matchers.containsInAnyOrder("COMMUNE", "CPAS"))
                .body("transmissions.status", org.hamcrest.Matchers.everyItem(equalTo("PENDING")));
        String code = issued.path("verificationCode");
        String sha256 = issued.path("pdfSha256");
        file.get().then().body("state", equalTo("ATTESTATION_ISSUED"));

        // the PDF is the one stored at issue
        byte[] pdf = Tokens.as(Tokens.AGENT_CRIPEL).get(file.url("attestation/pdf")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))).isEqualTo(sha256);

        // the commune's client sees the copy once in its feed, fetches it and acknowledges it (twice: same answer)
        Response feed = Tokens.as(Tokens.COMMUNE_LIEGE).queryParam("since", communeCursor).get("/api/v1/transmissions");
        feed.then().statusCode(200);
        List<Map<String, Object>> mine = ((List<Map<String, Object>>) feed.path("items")).stream()
                .filter(item -> code != null && item.get("attestationNumber").equals(issued.path("number")))
                .toList();
        assertThat(mine).hasSize(1);
        String copy = (String) mine.get(0).get("id");
        Tokens.as(Tokens.COMMUNE_LIEGE).queryParam("since", (Integer) feed.path("nextCursor"))
                .get("/api/v1/transmissions").then().body("items.id", not(hasItem(copy)));
        Tokens.as(Tokens.COMMUNE_LIEGE).get("/api/v1/transmissions/" + copy).then().statusCode(200)
                .body("content.person.lastName", notNullValue())
                .body("transmission.status", equalTo("FETCHED"));
        byte[] copyPdf = Tokens.as(Tokens.COMMUNE_LIEGE).get("/api/v1/transmissions/" + copy + "/pdf").then()
                .statusCode(200).extract().asByteArray();
        assertThat(copyPdf).isEqualTo(pdf);
        Tokens.as(Tokens.COMMUNE_LIEGE).post("/api/v1/transmissions/" + copy + "/acknowledgements").then()
                .statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        Tokens.as(Tokens.COMMUNE_LIEGE).post("/api/v1/transmissions/" + copy + "/acknowledgements").then()
                .statusCode(200).body("status", equalTo("ACKNOWLEDGED"));

        // the CPAS has its own copy, and the commune's is not the CPAS's
        Response cpasFeed = Tokens.as(Tokens.CPAS_LIEGE).queryParam("limit", 200).get("/api/v1/transmissions");
        String cpasCopy = ((List<Map<String, Object>>) cpasFeed.path("items")).stream()
                .filter(item -> item.get("attestationNumber").equals(issued.path("number")))
                .map(item -> (String) item.get("id")).findFirst().orElseThrow();
        Tokens.as(Tokens.CPAS_LIEGE).get("/api/v1/transmissions/" + copy).then().statusCode(404);
        Tokens.as(Tokens.CPAS_LIEGE).post("/api/v1/transmissions/" + cpasCopy + "/acknowledgements").then()
                .statusCode(200);

        // the CRI sees where each copy stands
        Tokens.as(Tokens.AGENT_CRIPEL).get(file.url("attestation")).then().statusCode(200)
                .body("transmissions.status", org.hamcrest.Matchers.everyItem(equalTo("ACKNOWLEDGED")));

        // anyone can verify it, and learns nothing personal
        Response verified = RestAssured.get("/api/v1/public/attestations/" + code.toLowerCase().replace("-", ""));
        verified.then().statusCode(200).body("status", equalTo("VALID")).body("cri.code", equalTo("CRIPEL"));
        assertThat(verified.asString()).doesNotContain((String) issued.path("content.person.lastName"));

        // revoked: the verification says so, and the copies come back to the commune flagged as revoked
        long afterAck = lastCursor(Tokens.COMMUNE_LIEGE);
        file.post("attestation/revocation", Map.of("reason", "Heures encodées en double")).then().statusCode(200)
                .body("revoked", equalTo(true));
        RestAssured.get("/api/v1/public/attestations/" + code).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        Tokens.as(Tokens.COMMUNE_LIEGE).queryParam("since", afterAck).get("/api/v1/transmissions").then()
                .body("items.find { it.id == '" + copy + "' }.attestationRevoked", equalTo(true));

        // every disclosure is in the person's trail
        String personId = file.get().path("personId");
        Tokens.as(Tokens.AGENT_CRIPEL).queryParam("pageSize", 200).get("/api/v1/persons/" + personId + "/auditTrail")
                .then().body("items.findAll { it.action == 'DISCLOSE' }.endpoint",
                        org.hamcrest.Matchers.hasItems("GET /transmissions", "GET /transmissions/{id}",
                                "GET /transmissions/{id}/pdf"));
    }

    @Test
    void aVolunteerGetsAnAttestationButNoCopyIsSent() {
        CaseFileSteps file = enrolledFile(true);
        String personId = file.get().path("personId");
        Tokens.as(Tokens.SUPERVISOR_CRIPEL).contentType("application/json")
                .body(Map.of("dispense", "D1", "documentType", "Certificat médical", "documentDate",
                        TODAY.minusDays(44).toString(), "issuer", "Dr. Lambert", "explanation", "Incapacité"))
                .post("/api/v1/persons/" + personId + "/dispenses").then().statusCode(201);
        hours.record(file.fileId(), Axis.CITIZENSHIP, TODAY.minusDays(40), 8, "7.5");
        file.refresh();
        file.post("attestation", Map.of()).then().statusCode(201)
                .body("content.participation", equalTo("VOLUNTEER"))
                .body("transmissions.size()", equalTo(0));
    }

    @Test
    void anUnknownCodeIsNotFoundAndAnotherRecipientsCopyAnswers404() {
        RestAssured.get("/api/v1/public/attestations/0000-0000-0000").then().statusCode(404)
                .contentType("application/problem+json");
        RestAssured.get("/api/v1/public/attestations/not a code").then().statusCode(404);
        Tokens.as(Tokens.COMMUNE_LIEGE).get("/api/v1/transmissions/" + java.util.UUID.randomUUID()).then()
                .statusCode(404);
        Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/transmissions").then().statusCode(403);
        Tokens.as(Tokens.COMMUNE_LIEGE).queryParam("limit", 0).get("/api/v1/transmissions").then().statusCode(400);
    }

    private static long lastCursor(String user) {
        long since = 0;
        while (true) {
            Response feed = Tokens.as(user).queryParam("since", since).queryParam("limit", 200)
                    .get("/api/v1/transmissions");
            feed.then().statusCode(200);
            long next = ((Number) feed.path("nextCursor")).longValue();
            if (next == since) {
                return since;
            }
            since = next;
        }
    }
}
