package be.wallonie.parcours.api.badinput;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import be.wallonie.parcours.api.badinput.Records.Built;
import be.wallonie.parcours.api.badinput.Records.Stage;
import be.wallonie.parcours.api.security.Tokens;

/**
 * For each operation of the document: who may call it (the roles of its resource, {@code @RolesAllowed}), which
 * record its path parameters point at, and how its example body is made valid for that record (today's dates, the
 * record's ids, a fresh code or name where the example's would already exist). A valid base means that each bad
 * request differs from an accepted one in the one place the suite changed. An operation missing from this table
 * fails the suite: a new operation must say here who calls it and on what.
 */
final class Targets {

    /** The valid request an operation's bad requests are made from. */
    record Base(String caller, Map<String, String> path, Map<String, String> query, String slot, boolean spends,
            JsonNode body) {
    }

    private static final String ADMIN = Tokens.ADMIN;
    private static final String STAFF = Records.STAFF;
    private static final String TRAINER = Records.TRAINER;
    private static final String COMMUNE = Tokens.COMMUNE_LIEGE;
    private static final String READ = "read";
    private static final String ATTESTED = "attested";

    private final Records records;
    private int extensions;

    Targets(Records records) {
        this.records = records;
    }

    /** Whether the table knows the operation. */
    static boolean knows(ApiOperation operation) {
        return !operation.name().isEmpty() && SLOTS.containsKey(operation.name());
    }

    /** The slot an accepted request of the operation spends, if it spends one. */
    static java.util.Optional<String> spentSlot(ApiOperation operation) {
        Entry entry = SLOTS.get(operation.name());
        return entry != null && entry.spends() ? java.util.Optional.of(entry.slot()) : java.util.Optional.empty();
    }

    /** Each operation's caller, slot and whether an accepted request spends the slot's record. */
    private record Entry(String caller, String slot, Supplier<Built> maker, boolean spends) {
    }

    private static final Map<String, Entry> SLOTS = new LinkedHashMap<>();

    private static void on(String operation, String caller, String slot, Supplier<Built> maker, boolean spends) {
        SLOTS.put(operation, new Entry(caller, slot, maker, spends));
    }

    private static void on(String operation, String caller) {
        on(operation, caller, null, null, false);
    }

    static {
        String file = "/api/v1/caseFiles/{id}";
        Supplier<Built> inProgress = () -> Records.file(Stage.IN_PROGRESS);
        Supplier<Built> attested = () -> Records.file(Stage.ATTESTED);
        on("POST /api/v1/auth/token", null);
        // logout ends the caller's tokens: a caller no other operation here uses (Tokens renews its demo token)
        on("POST /api/v1/auth/logout", Tokens.ANALYST);
        on("GET /api/v1/me", STAFF);
        on("GET /api/v1/communes", null);
        on("GET /api/v1/communes/{nis}", null, "commune", ReferenceData::commune, false);
        on("PUT /api/v1/communes/{nis}/cri", ADMIN, "commune", ReferenceData::commune, false);
        on("GET /api/v1/communes/{nis}/criReassignments", ADMIN, "commune", ReferenceData::commune, false);
        on("GET /api/v1/cris", null);
        on("GET /api/v1/countries", null);
        on("GET /api/v1/languages", null);
        on("GET /api/v1/cris/{code}", null, "cri", ReferenceData::cri, false);
        on("PUT /api/v1/cris/{code}", ADMIN, "cri", ReferenceData::cri, false);
        on("GET /api/v1/public/attestations/{code}", null, ATTESTED, attested, false);
        on("GET /api/v1/public/deadline", null);
        on("POST /api/v1/public/selfChecks", null);
        on("POST /api/v1/public/attestations/verifications", null);
        on("POST /api/v1/obligationChecks", STAFF);
        on("GET /api/v1/statistics/caseFiles", STAFF);
        on("POST /api/v1/deadlineRecomputations", ADMIN);
        on("GET /api/v1/audit/integrity", ADMIN);

        on("POST /api/v1/caseFiles", STAFF, "open", Records::newPerson, true);
        on("GET /api/v1/caseFiles", STAFF);
        on("GET /api/v1/caseFiles.csv", STAFF);
        on("POST /api/v1/caseFiles/query", STAFF);
        for (String read : new String[]{"", "/attendance", "/convention", "/enrolments", "/evaluationInterviews",
                "/events", "/reception"}) {
            on("GET " + file + read, STAFF, READ, inProgress, false);
        }
        on("POST " + file + "/reception", STAFF, "startReception", () -> Records.file(Stage.OPENED), true);
        for (String part : new String[]{"frenchTest", "rightsAndDutiesSession", "socialReview"}) {
            on("PUT " + file + "/reception/" + part, STAFF, "reception", () -> Records.file(Stage.RECEPTION), false);
        }
        on("POST " + file + "/convention", STAFF, "propose", () -> Records.file(Stage.RECEPTION_DONE), true);
        on("POST " + file + "/convention/signature", STAFF, "sign", () -> Records.file(Stage.PROPOSED), true);
        on("POST " + file + "/convention/amendments", STAFF, "amend", inProgress, true);
        // changes that leave the file in progress share the file the reads read
        on("POST " + file + "/enrolments", STAFF, READ, inProgress, false);
        on("POST " + file + "/enrolments/{enrolmentId}/completion", STAFF, "completeEnrolment", inProgress, true);
        on("POST " + file + "/enrolments/{enrolmentId}/withdrawal", STAFF, "withdraw", inProgress, true);
        on("POST " + file + "/evaluationInterviews", STAFF, READ, inProgress, false);
        on("POST " + file + "/deadlineExtensions", STAFF, READ, inProgress, false);
        on("POST " + file + "/frenchCertificates", STAFF, "certificate", inProgress, true);
        on("POST " + file + "/workReleases", STAFF, "release", inProgress, true);
        on("POST " + file + "/suspensions", STAFF, "suspend", inProgress, true);
        on("POST " + file + "/resumptions", STAFF, "resume", () -> Records.file(Stage.SUSPENDED), true);
        on("POST " + file + "/closure", STAFF, "close", inProgress, true);
        on("POST " + file + "/transfers", STAFF, "transfer", inProgress, true);
        on("POST " + file + "/attestation", STAFF, "issue", () -> Records.file(Stage.COMPLETED), true);
        on("GET " + file + "/attestation", STAFF, ATTESTED, attested, false);
        on("GET " + file + "/attestation/pdf", STAFF, ATTESTED, attested, false);
        on("POST " + file + "/attestation/revocation", STAFF, "revoke", attested, true);

        on("POST /api/v1/persons", STAFF);
        on("POST /api/v1/persons/query", STAFF);
        on("PUT /api/v1/persons/{id}", STAFF, "updatePerson", Records::registeredPerson, false);
        for (String read : new String[]{"", "/assessments", "/auditTrail", "/caseFiles"}) {
            on("GET /api/v1/persons/{id}" + read, STAFF, READ, inProgress, false);
        }
        on("POST /api/v1/persons/{id}/dispenses", STAFF, "dispense", Records::newPerson, true);
        on("POST /api/v1/persons/{id}/dispenses/{dispenseId}/confirmation", STAFF, "confirmDispense",
                Records::personWithDispenseToConfirm, true);
        on("POST /api/v1/persons/{id}/dispenses/{dispenseId}/rejection", STAFF, "rejectDispense",
                Records::personWithDispenseToConfirm, true);

        on("GET /api/v1/operators", STAFF);
        on("GET /api/v1/operators/{code}", STAFF);
        on("POST /api/v1/operators", ADMIN);
        on("PUT /api/v1/operators/{code}", ADMIN, "updateOperator", Records::operator, false);
        on("GET /api/v1/operators/{code}/attendance.csv", TRAINER);
        on("POST /api/v1/operators/{code}/attendanceImports", TRAINER, "import", inProgress, true);
        on("GET /api/v1/enrolments", TRAINER);
        on("GET /api/v1/enrolments/{id}", TRAINER, READ, inProgress, false);
        on("GET /api/v1/enrolments/{id}/attendance", TRAINER, READ, inProgress, false);
        on("POST /api/v1/enrolments/{id}/attendance", TRAINER, "postSession", inProgress, true);
        on("POST /api/v1/enrolments/{id}/attendance/{entryId}/corrections", TRAINER, "correct",
                Records::enrolmentWithEntry, true);

        on("GET /api/v1/transmissions", COMMUNE);
        on("GET /api/v1/transmissions/{id}", COMMUNE, ATTESTED, attested, false);
        on("GET /api/v1/transmissions/{id}/pdf", COMMUNE, ATTESTED, attested, false);
        on("POST /api/v1/transmissions/{id}/acknowledgements", COMMUNE, ATTESTED, attested, false);

        on("GET /api/v1/users", ADMIN);
        on("POST /api/v1/users", ADMIN);
        on("GET /api/v1/users/{id}", ADMIN, "user", Records::user, false);
        on("PUT /api/v1/users/{id}", ADMIN, "user", Records::user, false);
        on("POST /api/v1/users/{id}/passwordReset", ADMIN, "user", Records::user, false);
    }

    /** The valid request of the operation, with the example body {@code example} (null when it has none). */
    Base base(ApiOperation operation, JsonNode example) {
        Entry entry = SLOTS.get(operation.name());
        Built record = entry.slot() == null ? null : records.get(entry.slot(), entry.maker());
        Map<String, String> path = new HashMap<>();
        Map<String, String> query = new HashMap<>();
        JsonNode body = example == null ? null : example.deepCopy();
        String name = operation.name();
        operation.in("path").forEach(parameter -> path.put(parameter.name(), pathValue(name, parameter.name(),
                record)));
        if (name.equals("GET /api/v1/public/deadline")) {
            query.put("orderDate", TODAY.minusDays(60).toString());
        }
        adapt(name, body, record);
        return new Base(entry.caller(), path, query, entry.slot(), entry.spends(), body);
    }

    private static String pathValue(String operation, String parameter, Built record) {
        if (operation.contains("/operators/{code}")) {
            return record == null ? Records.OPERATOR : record.ids().getOrDefault("operator", Records.OPERATOR);
        }
        if (record == null) {
            throw new IllegalStateException(operation + ": no record for " + parameter);
        }
        if (parameter.equals("nis") || operation.contains("/cris/{code}")) {
            return record.id(parameter);
        }
        if (parameter.equals("enrolmentId")) {
            return record.id("enrolment");
        }
        if (parameter.equals("entryId")) {
            return record.id("entry");
        }
        if (parameter.equals("dispenseId")) {
            return record.id("dispense");
        }
        if (operation.contains("/public/attestations/")) {
            return record.id("verificationCode");
        }
        if (operation.contains("/transmissions/")) {
            return record.id("transmission");
        }
        if (operation.contains("/enrolments/{id}") && !operation.contains("/caseFiles/")) {
            return record.id("enrolment");
        }
        if (operation.contains("/persons/{id}")) {
            return record.id("person");
        }
        if (operation.contains("/users/{id}")) {
            return record.id("user");
        }
        if (operation.contains("/caseFiles/{id}")) {
            return record.id("file");
        }
        throw new IllegalStateException(operation + ": no value for " + parameter);
    }

    /** The example made valid for the record: today's dates, the record's ids, fresh names and codes. */
    private void adapt(String operation, JsonNode body, Built record) {
        if (!(body instanceof ObjectNode object)) {
            if (body != null && body.isArray() && operation.endsWith("/attendanceImports")) {
                csv(body, record);
            }
            return;
        }
        String today = TODAY.toString();
        switch (operation) {
            case "POST /api/v1/caseFiles" -> object.put("personId", record.id("person")).put("openedOn", today);
            case "POST /api/v1/caseFiles/{id}/closure", "POST /api/v1/caseFiles/{id}/suspensions",
                    "POST /api/v1/caseFiles/{id}/resumptions", "POST /api/v1/caseFiles/{id}/transfers",
                    "POST /api/v1/caseFiles/{id}/enrolments/{enrolmentId}/completion",
                    "POST /api/v1/caseFiles/{id}/enrolments/{enrolmentId}/withdrawal" ->
                object.put("on", today);
            case "POST /api/v1/caseFiles/{id}/convention" -> object.put("proposedOn", today);
            case "POST /api/v1/caseFiles/{id}/convention/signature" -> object.put("signedOn", today);
            case "POST /api/v1/caseFiles/{id}/convention/amendments" -> object.put("effectiveOn", today);
            case "POST /api/v1/caseFiles/{id}/enrolments" -> object.put("startDate", today);
            case "POST /api/v1/caseFiles/{id}/evaluationInterviews" -> object.put("heldOn", today);
            // after the file's final deadline, later each time: an accepted extension moves that deadline
            case "POST /api/v1/caseFiles/{id}/deadlineExtensions" -> object.put("newDeadline",
                    TODAY.plusYears(4).plusDays(extensions++).toString());
            case "POST /api/v1/caseFiles/{id}/frenchCertificates" -> object.put("certifiedOn",
                    TODAY.minusDays(1).toString());
            case "POST /api/v1/caseFiles/{id}/workReleases" -> object.put("releasedOn", TODAY.minusDays(1).toString());
            case "PUT /api/v1/caseFiles/{id}/reception/frenchTest" -> {
                if (object.has("takenOn")) {
                    object.put("takenOn", Records.RECEPTION.toString());
                }
            }
            case "PUT /api/v1/caseFiles/{id}/reception/rightsAndDutiesSession" -> object.put("heldOn",
                    Records.RECEPTION.toString());
            case "PUT /api/v1/caseFiles/{id}/reception/socialReview" -> object.put("conductedOn",
                    Records.RECEPTION.toString());
            case "POST /api/v1/enrolments/{id}/attendance" -> object.put("sessionDate",
                    Records.STARTED.plusDays(2).toString());
            case "POST /api/v1/persons" -> Records.identity().forEach(object::put);
            case "PUT /api/v1/persons/{id}" -> person(object, record);
            case "POST /api/v1/persons/{id}/dispenses" -> object.put("documentDate", TODAY.minusDays(10).toString())
                    .put("decisionDate", TODAY.minusDays(5).toString());
            case "POST /api/v1/persons/{id}/dispenses/{dispenseId}/confirmation" -> object
                    .put("documentDate", TODAY.minusDays(10).toString())
                    .put("decisionDate", TODAY.minusDays(5).toString());
            case "POST /api/v1/persons/{id}/dispenses/{dispenseId}/rejection" -> object.put("decisionDate",
                    TODAY.minusDays(5).toString());
            case "POST /api/v1/operators" -> object.put("code", Records.freshOperatorCode());
            case "POST /api/v1/users" -> object.put("username", "badinput." + Records.suffix());
            case "PUT /api/v1/communes/{nis}/cri" -> object.put("cri", ReferenceData.OTHER_CRI);
            default -> {
            }
        }
    }

    /** The update of a person keeps the identity it was registered with, and the example's other fields. */
    private static void person(ObjectNode body, Built record) {
        for (String field : new String[]{"lastName", "firstNames", "birthDate", "nationality", "nationalNumber"}) {
            body.put(field, record.id(field));
        }
    }

    /** The import's lines point at the record's enrolment, on days of its own, with references never used. */
    private static void csv(JsonNode rows, Built record) {
        for (int i = 1; i < rows.size(); i++) {
            com.fasterxml.jackson.databind.node.ArrayNode row = (com.fasterxml.jackson.databind.node.ArrayNode) rows
                    .get(i);
            row.set(0, row.textNode(record.id("enrolment")));
            row.set(1, row.textNode(Records.STARTED.plusDays(3 + i).toString()));
            row.set(3, row.textNode("BI-" + Records.suffix()));
        }
    }
}
