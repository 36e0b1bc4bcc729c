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
                .body("detail", containsString("citoyenneté (30/60 h)"));
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

    /** A completed file of a CPAS beneficiary of Liège, its attestation issued: answers its number. */
    private String issuedAttestation() {
        CaseFileSteps file = enrolledFile(true);
        hours.record(file.fileId(), Axis.CITIZENSHIP, TODAY.minusDays(40), 8, "7.5");
        file.refresh();
        return file.post("attestation", Map.of()).then().statusCode(201).extract().path("number");
    }

    /** Every copy of the user's feed after {@code since}, paged by {@code limit}, filtered by acknowledgement. */
    private static List<Map<String, Object>> copies(String user, long since, String acknowledged, int limit) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        while (true) {
            var request = caller(user).queryParam("since", since).queryParam("limit", limit);
            if (acknowledged != null) {
                request.queryParam("acknowledged", acknowledged);
            }
            Response feed = request.get("/api/v1/transmissions");
            feed.then().statusCode(200);
            List<Map<String, Object>> items = feed.path("items");
            all.addAll(items);
            long next = ((Number) feed.path("nextCursor")).longValue();
            if (items.isEmpty()) {
                assertThat(next).isEqualTo(since);
                return all;
            }
            since = next;
        }
    }

    private static List<Object> numbers(List<Map<String, Object>> copies) {
        return copies.stream().map(copy -> copy.get("attestationNumber")).toList();
    }

    @Test
    void theCopiesToAcknowledgeAreThoseNotAcknowledgedYetInCursorOrderPagedLikeTheFeed() {
        long since = lastCursor(Tokens.COMMUNE_LIEGE);
        String first = issuedAttestation();
        String second = issuedAttestation();
        String third = issuedAttestation();
        String firstCopy = (String) copies(Tokens.COMMUNE_LIEGE, since, "false", 200).stream()
                .filter(copy -> copy.get("attestationNumber").equals(first)).findFirst().orElseThrow().get("id");
        Tokens.as(Tokens.COMMUNE_LIEGE).post("/api/v1/transmissions/" + firstCopy + "/acknowledgements").then()
                .statusCode(200);

        // one page at a time, the cursor moving as in the feed: the two left, in issue order
        List<Map<String, Object>> toAcknowledge = copies(Tokens.COMMUNE_LIEGE, since, "false", 1);
        assertThat(numbers(toAcknowledge)).containsExactly(second, third);
        assertThat(toAcknowledge).extracting(copy -> copy.get("status")).containsOnly("PENDING");
        assertThat(numbers(copies(Tokens.COMMUNE_LIEGE, since, "true", 200))).containsExactly(first);
        // the feed without the filter is unchanged: every copy, once, in cursor order
        List<Map<String, Object>> feed = copies(Tokens.COMMUNE_LIEGE, since, null, 2);
        assertThat(numbers(feed)).containsExactly(first, second, third);
        assertThat(feed).extracting(copy -> ((Number) copy.get("cursor")).longValue()).isSorted();
        // acknowledging again changes nothing: still not in the list to acknowledge
        Tokens.as(Tokens.COMMUNE_LIEGE).post("/api/v1/transmissions/" + firstCopy + "/acknowledgements").then()
                .statusCode(200);
        assertThat(numbers(copies(Tokens.COMMUNE_LIEGE, since, "false", 200))).containsExactly(second, third);
    }

    @Test
    void anotherCommuneOrTheCpasNeverSeesTheCommunesCopiesToAcknowledge() {
        long namur = lastCursor("commune-92094");
        String number = issuedAttestation();
        assertThat(numbers(copies(Tokens.COMMUNE_LIEGE, 0, "false", 200))).contains(number);
        // Namur's client sees none of Liège's copies, filtered or not
        for (String acknowledged : java.util.Arrays.asList("false", "true", null)) {
            assertThat(copies("commune-92094", namur, acknowledged, 200)).isEmpty();
        }
        // the CPAS of Liège lists its own copy, never the commune's
        List<Map<String, Object>> cpas = copies(Tokens.CPAS_LIEGE, 0, "false", 200);
        assertThat(cpas).filteredOn(copy -> copy.get("attestationNumber").equals(number))
                .extracting(copy -> copy.get("recipientKind")).containsExactly("CPAS");
        assertThat(cpas).extracting(copy -> copy.get("recipientKind")).containsOnly("CPAS");
    }

    @Test
    void theAcknowledgementFilterIsTrueOrFalseNothingElse() {
        Tokens.as(Tokens.COMMUNE_LIEGE).queryParam("acknowledged", "yes").get("/api/v1/transmissions").then()
                .statusCode(400).contentType("application/problem+json")
                .body("issues.field", hasItem("acknowledged"));
    }

    private static long lastCursor(String user) {
        long since = 0;
        while (true) {
            Response feed = caller(user).queryParam("since", since).queryParam("limit", 200)
                    .get("/api/v1/transmissions");
            feed.then().statusCode(200);
            long next = ((Number) feed.path("nextCursor")).longValue();
            if (next == since) {
                return since;
            }
            since = next;
        }
    }

    /** A demo user ({@code commune.liege}) or a demo API client ({@code commune-92094}). */
    private static io.restassured.specification.RequestSpecification caller(String user) {
        return user.contains(".") ? Tokens.as(user) : Tokens.client(user);
    }
}
