package be.wallonie.parcours.api.attestation;

import static be.wallonie.parcours.api.attestation.DocumentVerificationTest.BORN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.domain.attestation.VerificationCode;

/**
 * The limits of the document check over HTTP (ADR 0031): 3 checks a minute per code, 20 per address here. Every check
 * counts, whatever the answer, so that the limit tells nothing about the code. The test clock of
 * {@link VerificationRateLimitTest} shows the per-code limit across addresses; the last test here uses up this
 * address's allowance.
 */
@QuarkusTest
@TestProfile(DocumentVerificationLimitsTest.LowLimits.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentVerificationLimitsTest {

    public static class LowLimits implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parcours.public.verification.per-code-per-minute", "3",
                    "parcours.public.verification.per-address-per-minute", "20");
        }
    }

    @Inject
    CompletedCaseFiles files;
    @Inject
    PdfAttestationRenderer renderer;

    private String issued() {
        UUID fileId = files.completedFile(PersonFixture.uniqueName("Verif"), "Samira", BORN, false);
        return QuarkusTransaction.requiringNew().call(() -> files.issue(fileId, renderer)).verificationCode()
                .value();
    }

    private static Response check(String code, String birthDate) {
        return DocumentVerificationTest.check(code, birthDate);
    }

    @Test
    @Order(1)
    void aCodeIsCheckedAFewTimesAMinuteWhateverTheAddressAndTheAnswer() {
        String code = issued();
        // 3 a minute: the right birth date does not buy more
        check(code, "1975-02-14").then().statusCode(200);
        check(code, "1975-02-15").then().statusCode(200);
        check(code, BORN.toString()).then().statusCode(200).body("match", equalTo(true));
        Response refused = check(code, BORN.toString());
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:too-many-requests"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        // an unknown code is limited alike: the limit tells nothing about the code
        String unknown = VerificationCode.random().value();
        for (int i = 0; i < 3; i++) {
            check(unknown, BORN.toString()).then().statusCode(200).body("match", equalTo(false));
        }
        check(unknown, BORN.toString()).then().statusCode(429);
        // another code from the same address is still checked
        check(VerificationCode.random().value(), BORN.toString()).then().statusCode(200);
    }

    @Test
    @Order(2)
    void anAddressChecksAFewCodesAMinute() {
        // 20 a minute, each on another code: the test above spent some
        int answered = 0;
        Response last = null;
        for (int i = 0; i < 25 && (last == null || last.statusCode() == 200); i++) {
            last = check(VerificationCode.random().value(), BORN.toString());
            answered += last.statusCode() == 200 ? 1 : 0;
        }
        assertThat(answered).isLessThan(20);
        last.then().statusCode(429).body("type", equalTo("urn:parcours:problem:too-many-requests"));
    }
}
