package be.wallonie.parcours.api.badinput;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import be.wallonie.parcours.api.badinput.Records.Built;
import be.wallonie.parcours.api.security.Tokens;

/**
 * The reference data the administrators' operations of the suite change: a commune and a CRI no other test reads
 * (Beauvechain, of CRIBW; CERAIC), read before the run and put back after it, so that an accepted change (a commune
 * reassigned, a CRI's contact replaced by the example's) does not outlive the suite.
 */
final class ReferenceData {

    static final String COMMUNE = "25005";
    static final String CRI = "CERAIC";
    static final String OTHER_CRI = "CRIC";
    private static final String[] CONTACT = {"name", "seat", "address", "phone", "website"};

    private final String communeCri;
    private final Map<String, Object> criContact = new HashMap<>();

    private ReferenceData(String communeCri, Map<String, Object> criContact) {
        this.communeCri = communeCri;
        criContact.forEach((field, value) -> {
            if (value != null && java.util.Arrays.asList(CONTACT).contains(field)) {
                this.criContact.put(field, value);
            }
        });
    }

    static Built commune() {
        return new Built(Map.of("nis", COMMUNE), "/api/v1/communes/" + COMMUNE, Tokens.ADMIN);
    }

    static Built cri() {
        return new Built(Map.of("code", CRI), "/api/v1/cris/" + CRI, Tokens.ADMIN);
    }

    /** What the commune and the CRI say before the run. */
    static ReferenceData read() {
        String cri = Tokens.as(Tokens.ADMIN).get("/api/v1/communes/" + COMMUNE).then().statusCode(200).extract()
                .path("cri.code");
        Map<String, Object> contact = Tokens.as(Tokens.ADMIN).get("/api/v1/cris/" + CRI).then().statusCode(200)
                .extract().path("$");
        return new ReferenceData(cri, contact);
    }

    /** Puts back what {@link #read} found. */
    void restore() {
        Response commune = Tokens.as(Tokens.ADMIN).get("/api/v1/communes/" + COMMUNE);
        if (!communeCri.equals(commune.path("cri.code"))) {
            Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).header("If-Match", commune.header("ETag"))
                    .body(Map.of("cri", communeCri, "reason", "Remise en état après la suite de requêtes invalides"))
                    .put("/api/v1/communes/" + COMMUNE + "/cri").then().statusCode(200);
        }
        String etag = Tokens.as(Tokens.ADMIN).get("/api/v1/cris/" + CRI).header("ETag");
        Tokens.as(Tokens.ADMIN).contentType(ContentType.JSON).header("If-Match", etag).body(criContact)
                .put("/api/v1/cris/" + CRI).then().statusCode(200);
    }
}
