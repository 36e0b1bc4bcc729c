package be.wallonie.parcours.api.badinput;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.api.security.Tokens;

/**
 * The real records the bad-input suite points its path parameters at, made through the API the way staff, trainers
 * and administrators make them (with {@link CaseFileSteps}), so that a bad request meets validation and the rules,
 * not only a lookup that finds nothing. Each record sits in a named slot; an operation that changes its record when
 * it accepts a request (a file suspended, an attestation revoked) has a slot of its own, which the suite
 * {@link #spend spends} after an accepted request so that the next request finds a record in the state it needs.
 */
final class Records {

    /** A record: its ids by name ({@code file}, {@code enrolment}, {@code entry}, ...) and where its ETag is read. */
    record Built(Map<String, String> ids, String etagPath, String etagReader) {

        String id(String name) {
            String id = ids.get(name);
            if (id == null) {
                throw new IllegalStateException("no " + name + " in " + ids);
            }
            return id;
        }
    }

    static final String STAFF = Tokens.SUPERVISOR_CRIPEL;
    static final String TRAINER = Tokens.TRAINER_ILI;
    static final String OPERATOR = "ILI-LIEGE";
    static final LocalDate OPENED = TODAY.minusDays(40);
    static final LocalDate RECEPTION = TODAY.minusDays(35);
    static final LocalDate SIGNED = TODAY.minusDays(34);
    static final LocalDate STARTED = TODAY.minusDays(30);

    private final Map<String, Built> slots = new HashMap<>();
    private final Map<String, String> etags = new HashMap<>();
    private final Map<String, Integer> uses = new HashMap<>();
    private final int respendEvery;
    private int built;

    /** {@code respendEvery}: how many requests a record serves at least before an accepted one spends it. */
    Records(int respendEvery) {
        this.respendEvery = respendEvery;
    }

    /** The record of the slot, made when the slot is empty. */
    Built get(String slot, Supplier<Built> maker) {
        Built record = slots.get(slot);
        if (record == null) {
            record = make(maker);
            built++;
            uses.remove(slot);
            slots.put(slot, record);
            etags.remove(slot);
        }
        return record;
    }

    /**
     * Makes the record, again when a step was refused: in a run of hours a bad request accepted earlier (a person
     * registered with a mutated birth date) may stand in the way of a new record once.
     */
    private static Built make(Supplier<Built> maker) {
        for (int attempt = 1;; attempt++) {
            try {
                return maker.get();
            } catch (AssertionError refused) {
                if (attempt == 3) {
                    throw refused;
                }
            }
        }
    }

    /**
     * The record of the slot changed state: the next request gets a new one, once the record served
     * {@code respendEvery} requests (until then the requests meet the record in its new state: a closed file, a
     * revoked attestation). Making records is the suite's most expensive part.
     */
    void spend(String slot) {
        etags.remove(slot);
        if (uses.getOrDefault(slot, 0) >= respendEvery) {
            slots.remove(slot);
            uses.remove(slot);
        }
    }

    /** The record's current ETag, read once and kept until {@link #forgetEtag}. */
    String etag(String slot) {
        Built record = slots.get(slot);
        if (record == null || record.etagPath() == null) {
            return "\"0\"";
        }
        return etags.computeIfAbsent(slot, s -> {
            Response response = Tokens.as(record.etagReader()).get(record.etagPath());
            response.then().statusCode(200);
            return response.header("ETag");
        });
    }

    void forgetEtag(String slot) {
        etags.remove(slot);
    }

    /** How many records were made (a spent one is made again). */
    int built() {
        return built;
    }

    /** The slot's record is made again for the next request, however few it served. */
    void spendNow(String slot) {
        slots.remove(slot);
        etags.remove(slot);
        uses.remove(slot);
    }

    /** The slot's record serves one more request. */
    void use(String slot) {
        uses.merge(slot, 1, Integer::sum);
    }

    // --- persons and case files, through the steps of the staff ---

    /** A newcomer of Liège with an A card ordered 8 months ago; answers the person's id. */
    static String person(Map<String, String> identity, boolean cpasBeneficiary) {
        Map<String, Object> body = new HashMap<>(identity);
        body.put("firstNames", "Amina");
        body.put("nationality", "MA");
        body.put("communeNis", "62063");
        body.put("contact", Map.of("street", "Rue Léopold 12", "postalCode", "4000", "locality", "Liège"));
        body.put("preferredLanguage", "fr");
        body.put("cpasBeneficiary", cpasBeneficiary);
        body.put("permits", List.of(Map.of("cardType", "A", "permitType", "FAMILY_REUNIFICATION", "orderDate",
                TODAY.minusMonths(8).toString(), "validityMonths", 12)));
        return Tokens.as(STAFF).contentType(ContentType.JSON).body(body).post("/api/v1/persons").then()
                .statusCode(201).extract().path("id");
    }

    static Built person(String id) {
        return new Built(Map.of("person", id), "/api/v1/persons/" + id, STAFF);
    }

    /** A person of Liège without a file, to open one for. */
    static Built newPerson() {
        return person(person(identity(), false));
    }

    /** A person registered with an identity the suite knows (to send it again in an update). */
    static Built registeredPerson() {
        Map<String, String> ids = new HashMap<>(identity());
        ids.put("person", person(ids, false));
        ids.put("firstNames", "Amina");
        ids.put("nationality", "MA");
        return new Built(Map.copyOf(ids), "/api/v1/persons/" + ids.get("person"), STAFF);
    }

    /** A person of Liège whose declared medical certificate is a dispense to confirm (docs/adr/0030). */
    static Built personWithDispenseToConfirm() {
        Map<String, Object> body = new HashMap<>(identity());
        body.put("firstNames", "Amina");
        body.put("nationality", "MA");
        body.put("communeNis", "62063");
        body.put("cpasBeneficiary", false);
        body.put("permits", List.of(Map.of("cardType", "A", "permitType", "FAMILY_REUNIFICATION", "orderDate",
                TODAY.minusMonths(8).toString(), "validityMonths", 12)));
        body.put("dispenseFacts", Map.of("medicalCertificate", true));
        var created = Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body(body)
                .post("/api/v1/persons").then().statusCode(201).extract();
        String id = created.path("id");
        return new Built(Map.of("person", id, "dispense", created.path("assessment.id")), "/api/v1/persons/" + id,
                STAFF);
    }

    /** The stages of a file at CRIPEL, each the one before plus a step. */
    enum Stage {
        OPENED, RECEPTION, RECEPTION_DONE, PROPOSED, SIGNED, IN_PROGRESS, SUSPENDED, COMPLETED, ATTESTED
    }

    static Built file(Stage stage) {
        String personId = person(identity(), stage.compareTo(Stage.COMPLETED) >= 0);
        CaseFileSteps file = new CaseFileSteps(STAFF);
        file.open(personId, OPENED);
        Map<String, String> ids = new HashMap<>(Map.of("file", file.fileId(), "person", personId));
        boolean completes = stage.compareTo(Stage.COMPLETED) >= 0;
        if (stage.compareTo(Stage.RECEPTION) >= 0) {
            file.post("reception", Map.of()).then().statusCode(201);
        }
        if (stage.compareTo(Stage.RECEPTION_DONE) >= 0) {
            // B1 and no orientation: reception and citizenship only, so that 60 hours complete the parcours
            file.put("reception/socialReview", CaseFileSteps.socialReview(RECEPTION, !completes)).then()
                    .statusCode(200);
            file.put("reception/rightsAndDutiesSession", Map.of("heldOn", RECEPTION.toString(), "format", "GROUP"))
                    .then().statusCode(200);
            file.put("reception/frenchTest", Map.of("takenOn", RECEPTION.toString(), "level", completes ? "B1" : "A1"))
                    .then().statusCode(200);
        }
        if (stage.compareTo(Stage.PROPOSED) >= 0) {
            file.post("convention", Map.of("proposedOn", RECEPTION.toString())).then().statusCode(201);
        }
        if (stage.compareTo(Stage.SIGNED) >= 0) {
            file.post("convention/signature", Map.of("signedOn", SIGNED.toString())).then().statusCode(200);
        }
        if (stage.compareTo(Stage.IN_PROGRESS) >= 0) {
            ids.put("enrolment", file.post("enrolments", Map.of("operatorCode", OPERATOR, "axis", "CITIZENSHIP",
                    "startDate", STARTED.toString())).then().statusCode(201).extract().path("id"));
        }
        if (stage == Stage.SUSPENDED) {
            file.post("suspensions", Map.of("reason", "Hospitalisation", "on", TODAY.minusDays(2).toString())).then()
                    .statusCode(200);
        }
        if (completes) {
            for (int day = 0; day < 8; day++) {
                ids.put("entry", session(ids.get("enrolment"), STARTED.plusDays(day), "7.5"));
            }
            file.refresh();
        }
        if (stage == Stage.ATTESTED) {
            Response issued = file.post("attestation", Map.of());
            issued.then().statusCode(201);
            ids.put("verificationCode", issued.path("verificationCode"));
            List<Map<String, Object>> copies = issued.path("transmissions");
            copies.stream().filter(copy -> "COMMUNE".equals(copy.get("recipientKind"))).findFirst()
                    .ifPresent(copy -> ids.put("transmission", (String) copy.get("id")));
        }
        return new Built(Map.copyOf(ids), file.url(""), STAFF);
    }

    /** The trainer of ILI-LIEGE posts a session on the enrolment; answers the entry's id. */
    static String session(String enrolmentId, LocalDate day, String hours) {
        return Tokens.as(TRAINER).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("sessionDate", day.toString(), "hours", hours))
                .post("/api/v1/enrolments/" + enrolmentId + "/attendance").then().statusCode(201).extract()
                .path("entry.id");
    }

    /** An enrolment of the trainer's operator with one session posted (the entry to correct). */
    static Built enrolmentWithEntry() {
        Built file = file(Stage.IN_PROGRESS);
        String enrolment = file.id("enrolment");
        String entry = session(enrolment, STARTED.plusDays(1), "3");
        return new Built(Map.of("enrolment", enrolment, "entry", entry, "file", file.id("file")), null, null);
    }

    // --- administration ---

    /** A trainer account of ILI-LIEGE made by the administrator. */
    static Built user() {
        String username = "badinput." + suffix();
        String id = Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Claire Dumont", "role", "OPERATOR_TRAINER",
                        "operator", OPERATOR, "password", "Trois-mots-au-hasard-2026"))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
        return new Built(Map.of("user", id, "username", username), "/api/v1/users/" + id, Tokens.ADMIN);
    }

    /** An operator made by the administrator, for the changes an administrator makes to operators. */
    static Built operator() {
        String code = freshOperatorCode();
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Lire et Écrire Huy-Waremme", "kind", "CISP", "address",
                        Map.of("street", "Rue du Marché 12", "postalCode", "4500", "locality", "Huy"),
                        "recognisedAxes", List.of("FRENCH")))
                .post("/api/v1/operators").then().statusCode(201);
        return new Built(Map.of("operator", code), "/api/v1/operators/" + code, Tokens.ADMIN);
    }

    static String freshOperatorCode() {
        return "BI-" + suffix().toUpperCase();
    }

    /** Eight letters at random: a name no other record has. */
    static String suffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            suffix.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return suffix.toString();
    }

    /** Each identity of the run is born on another day (from a day drawn once): no two national numbers agree. */
    private static final java.util.concurrent.atomic.AtomicInteger BIRTHS = new java.util.concurrent.atomic.AtomicInteger(
            ThreadLocalRandom.current().nextInt(20_000));

    /**
     * A fresh identity for an intake: a name and a birth day no other person of the run has (a name alone is not
     * enough: names alike and the same birth day make a likely duplicate), and a national number that agrees. Born
     * between 1970 and 1997: of working age, so obliged (a person of 65 or more is dispensed, and gets no copy to its
     * commune).
     */
    static Map<String, String> identity() {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(Math.floorMod(BIRTHS.getAndIncrement(), 10_000));
        return Map.of("lastName", PersonFixture.uniqueName("Badinput"), "birthDate", born.toString(),
                "nationalNumber", PersonFixture.nationalNumber(born).value());
    }
}
