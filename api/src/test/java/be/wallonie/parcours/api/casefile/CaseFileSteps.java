package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.person.PersonFixture.nationalNumber;
import static be.wallonie.parcours.api.person.PersonFixture.uniqueName;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import be.wallonie.parcours.api.security.Tokens;

/**
 * The steps of a case file through HTTP, as a member of staff takes them: each change sends the file's last ETag in
 * If-Match and keeps the new one. Dates are counted back from today, because staff record what already happened.
 */
public final class CaseFileSteps {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    private final String user;
    private String fileId;
    private String etag;

    public CaseFileSteps(String user) {
        this.user = user;
    }

    /** A newcomer living in Liège, with an A card ordered on {@code orderDate}; answers the person's id. */
    public static String registerPerson(String user, LocalDate orderDate, boolean cpasBeneficiary) {
        return registerPerson(user, "62063", Map.of("street", "Rue Léopold 12", "postalCode", "4000", "locality",
                "Liège"), orderDate, cpasBeneficiary);
    }

    /** A newcomer living in Namur (the territory of the CAI), registered by {@code user} of the CAI. */
    public static String registerPersonInNamur(String user, LocalDate orderDate) {
        return registerPerson(user, "92094", Map.of("street", "Rue de Fer 1", "postalCode", "5000", "locality",
                "Namur"), orderDate, false);
    }

    private static String registerPerson(String user, String communeNis, Map<String, Object> contact,
            LocalDate orderDate, boolean cpasBeneficiary) {
        // a random birth day, so that the random national numbers of the many persons of a run do not collide
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(11_000));
        Map<String, Object> body = new HashMap<>();
        body.put("lastName", uniqueName("Parcours"));
        body.put("firstNames", "Amina");
        body.put("birthDate", born.toString());
        body.put("nationality", "MA");
        body.put("nationalNumber", nationalNumber(born).value());
        body.put("communeNis", communeNis);
        body.put("contact", contact);
        body.put("preferredLanguage", "fr");
        body.put("cpasBeneficiary", cpasBeneficiary);
        body.put("permits", List.of(Map.of("cardType", "A", "permitType", "FAMILY_REUNIFICATION", "orderDate",
                orderDate.toString(), "validityMonths", 12)));
        return Tokens.as(user).contentType(ContentType.JSON).body(body).post("/api/v1/persons").then()
                .statusCode(201).extract().path("id");
    }

    public RequestSpecification request() {
        return Tokens.as(user).contentType(ContentType.JSON).header("If-Match", etag == null ? "\"0\"" : etag);
    }

    /** Opens the person's file on {@code openedOn}; keeps its id and ETag. */
    public Response open(String personId, LocalDate openedOn) {
        Response response = Tokens.as(user).contentType(ContentType.JSON)
                .body(Map.of("personId", personId, "openedOn", openedOn.toString()))
                .post("/api/v1/caseFiles");
        response.then().statusCode(201);
        fileId = response.path("id");
        etag = response.header("ETag");
        return response;
    }

    /** Follows another member of staff's view of the same file. */
    public CaseFileSteps on(String id) {
        fileId = id;
        refresh();
        return this;
    }

    public Response get() {
        Response response = Tokens.as(user).get("/api/v1/caseFiles/" + fileId);
        response.then().statusCode(200);
        etag = response.header("ETag");
        return response;
    }

    public void refresh() {
        get();
    }

    /** POSTs to a path under the file, with If-Match; keeps the new ETag of a 2xx answer. */
    public Response post(String path, Object body) {
        return keep(request().body(body).post(url(path)));
    }

    public Response put(String path, Object body) {
        return keep(request().body(body).put(url(path)));
    }

    public String url(String path) {
        return "/api/v1/caseFiles/" + fileId + (path.isEmpty() ? "" : "/" + path);
    }

    private Response keep(Response response) {
        if (response.statusCode() < 300) {
            etag = response.header("ETag");
        }
        return response;
    }

    public String fileId() {
        return fileId;
    }

    public String etag() {
        return etag;
    }

    public static Map<String, Object> socialReview(LocalDate on, boolean socioProfessional) {
        Map<String, Object> needs = new HashMap<>();
        for (String domain : List.of("HOUSING", "HEALTH", "FRENCH", "WORK_AND_TRAINING", "CITIZENSHIP",
                "CHILDREN_AND_YOUTH")) {
            needs.put(domain, Map.of("level", domain.equals("FRENCH") ? "HIGH" : "NONE"));
        }
        return Map.of("conductedOn", on.toString(), "needs", needs, "notes", "Arrivée récente",
                "recommendsSocioProfessionalOrientation", socioProfessional);
    }

    /** Runs the reception module to its end and signs the convention on {@code signedOn}. */
    public void receptionAndSignature(LocalDate receptionOn, String frenchLevel, boolean socioProfessional,
            LocalDate signedOn) {
        post("reception", Map.of()).then().statusCode(201);
        put("reception/socialReview", socialReview(receptionOn, socioProfessional)).then().statusCode(200);
        put("reception/rightsAndDutiesSession", Map.of("heldOn", receptionOn.toString(), "format", "GROUP"))
                .then().statusCode(200);
        put("reception/frenchTest", Map.of("takenOn", receptionOn.toString(), "level", frenchLevel)).then()
                .statusCode(200);
        post("convention", Map.of("proposedOn", receptionOn.toString())).then().statusCode(201);
        post("convention/signature", Map.of("signedOn", signedOn.toString())).then().statusCode(200);
    }
}
