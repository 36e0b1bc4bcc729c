package be.wallonie.parcours.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import be.wallonie.parcours.api.attestation.CompletedCaseFiles;
import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationRenderer;
import be.wallonie.parcours.domain.attestation.RecipientKind;

/**
 * What the API answers is what it stored: the application's clock ticks in microseconds, PostgreSQL's precision, so
 * that the first answer, a repeated request and a later read state the same instant to the character.
 */
@QuarkusTest
class StoredInstantsTest {

    private static final AttestationRenderer FAKE_PDF = attestation -> ("%PDF-test " + attestation.number())
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    Clock clock;
    @Inject
    CompletedCaseFiles files;

    @Test
    void theClockTicksInMicrosecondsLikeTheDatabase() {
        for (int i = 0; i < 1_000; i++) {
            Instant now = clock.instant();
            assertThat(now.getNano() % 1_000).as(now.toString()).isZero();
        }
    }

    @Test
    void anAcknowledgementPostedTwiceAndReadBackStatesOneInstant() {
        UUID fileId = files.completedFile(PersonFixture.uniqueName("Instant"), "Test", false);
        Attestation attestation = QuarkusTransaction.requiringNew().call(() -> files.issue(fileId, FAKE_PDF));
        UUID copy = attestation.transmissions().stream()
                .filter(transmission -> transmission.recipient().kind() == RecipientKind.COMMUNE)
                .findFirst().orElseThrow().id();
        String url = "/api/v1/transmissions/" + copy;

        String first = Tokens.as(Tokens.COMMUNE_LIEGE).post(url + "/acknowledgements").then().statusCode(200)
                .extract().path("acknowledgedAt");
        String again = Tokens.as(Tokens.COMMUNE_LIEGE).post(url + "/acknowledgements").then().statusCode(200)
                .extract().path("acknowledgedAt");
        String read = Tokens.as(Tokens.COMMUNE_LIEGE).get(url).then().statusCode(200)
                .extract().path("transmission.acknowledgedAt");

        assertThat(List.of(again, read)).containsOnly(first);
    }

    @Test
    void aRegisteredPersonReadBackStatesTheInstantOfItsRegistration() {
        Map<String, Object> body = new HashMap<>();
        body.put("lastName", PersonFixture.uniqueName("Instant"));
        body.put("firstNames", "Amina");
        body.put("birthDate", LocalDate.of(1991, 2, 3).toString());
        body.put("nationality", "MA");
        body.put("communeNis", "62063");
        body.put("contact", Map.of("street", "Rue Léopold 12", "postalCode", "4000", "locality", "Liège"));
        body.put("preferredLanguage", "fr");
        body.put("cpasBeneficiary", false);
        body.put("permits", List.of(Map.of("cardType", "A", "permitType", "FAMILY_REUNIFICATION", "orderDate",
                "2025-03-10", "validityMonths", 12)));
        var created = Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body(body).post("/api/v1/persons")
                .then().statusCode(201).extract();
        String read = Tokens.as(Tokens.AGENT_CRIPEL).get("/api/v1/persons/" + created.path("id")).then()
                .statusCode(200).extract().path("registeredAt");

        assertThat(read).isEqualTo(created.path("registeredAt"));
    }
}
