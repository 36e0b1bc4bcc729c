package be.wallonie.parcours.api.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.VerificationCode;

/**
 * The check of an attestation document (ADR 0031): the code printed on it and the holder's birth date printed on it
 * must belong to one attestation. A forged PDF that reuses someone's valid code with the forger's own birth date does
 * not match; an unknown code gets the very same answer; nothing about the person is answered. The limits per code
 * and per address: {@link DocumentVerificationLimitsTest}.
 */
@QuarkusTest
class DocumentVerificationTest {

    static final String CHECK = "/api/v1/public/attestations/verifications";
    static final LocalDate BORN = LocalDate.of(1988, 11, 23);

    @Inject
    CompletedCaseFiles files;
    @Inject
    PdfAttestationRenderer renderer;

    /** A valid attestation of someone born on {@link #BORN}; its code. */
    String issued(String lastName) {
        UUID fileId = files.completedFile(lastName, "Samira", BORN, false);
        Attestation attestation = QuarkusTransaction.requiringNew().call(() -> files.issue(fileId, renderer));
        return attestation.verificationCode().value();
    }

    static Response check(String code, Object birthDate) {
        return RestAssured.given().contentType(ContentType.JSON).body(Map.of("code", code, "birthDate", birthDate))
                .post(CHECK);
    }

    @Test
    void theCodeAndTheHoldersBirthDateMatchAValidAttestationAndNothingPersonalIsAnswered() {
        String lastName = PersonFixture.uniqueName("Verif");
        String code = issued(lastName);

        Response answer = check(code.toLowerCase().replace("-", " "), BORN.toString());
        answer.then().statusCode(200)
                .body("match", equalTo(true))
                .body("status", equalTo("VALID"))
                .body("issuedOn", equalTo(CompletedCaseFiles.ISSUED_ON.toString()))
                .body("cri.code", equalTo("CRIPEL"));
        assertThat(answer.jsonPath().getMap("").keySet())
                .containsExactlyInAnyOrder("match", "status", "issuedOn", "cri", "revokedOn");
        assertThat(answer.asString()).doesNotContain(lastName).doesNotContain("Samira")
                .doesNotContain(BORN.toString()).doesNotContain(code);
    }

    @Test
    void aForgedDocumentReusingAValidCodeWithAnotherBirthDateDoesNotMatch() {
        String code = issued(PersonFixture.uniqueName("Verif"));

        check(code, BORN.plusDays(1).toString()).then().statusCode(200)
                .body("match", equalTo(false))
                .body("status", equalTo(null));
        check(code, "1975-02-14").then().statusCode(200).body("match", equalTo(false));
    }

    @Test
    void aWrongBirthDateAndAnUnknownCodeGetTheSameAnswerInASimilarTime() {
        String code = issued(PersonFixture.uniqueName("Verif"));
        String unknown = VerificationCode.random().value();

        Response wrongFact = check(code, "1975-02-14");
        Response unknownCode = check(unknown, BORN.toString());
        assertThat(unknownCode.statusCode()).isEqualTo(wrongFact.statusCode()).isEqualTo(200);
        assertThat(unknownCode.asString()).isEqualTo(wrongFact.asString());
        assertThat(unknownCode.contentType()).isEqualTo(wrongFact.contentType());
        assertThat(unknownCode.getHeaders().asList().stream().map(header -> header.getName()).sorted().toList())
                .isEqualTo(wrongFact.getHeaders().asList().stream().map(header -> header.getName()).sorted()
                        .toList());

        // the same path (one query on the code and the birth date together): the medians of a few checks stay close
        List<Long> wrong = new ArrayList<>();
        List<Long> none = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            wrong.add(check(code, "1976-0" + (i + 1) + "-01").then().statusCode(200).extract().time());
            none.add(check(VerificationCode.random().value(), BORN.toString()).then().statusCode(200).extract()
                    .time());
        }
        long slower = Math.max(median(wrong), median(none));
        long faster = Math.min(median(wrong), median(none));
        assertThat(slower).as("wrong birth date %s ms, unknown code %s ms", wrong, none)
                .isLessThanOrEqualTo(faster * 3 + 100);
    }

    @Test
    void notACodeOrNoBirthDateIsA400NamingTheField() {
        check("not a code at all", BORN.toString()).then().statusCode(400)
                .body("issues.field", hasItem("code"));
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("code", VerificationCode.random().value()))
                .post(CHECK).then().statusCode(400).body("issues.field", hasItem("birthDate"));
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The old check by the code alone still answers, deprecated, and points to its successor. */
    @Test
    void theCheckByTheCodeAloneIsDeprecatedAndPointsToTheDocumentCheck() {
        String code = issued(PersonFixture.uniqueName("Verif"));
        RestAssured.get("/api/v1/public/attestations/" + code).then().statusCode(200)
                .header("Deprecation", "true")
                .header("Link", PublicVerificationResource.SUCCESSOR)
                .body("status", equalTo("VALID"));
    }
}
