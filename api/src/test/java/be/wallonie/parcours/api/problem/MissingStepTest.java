package be.wallonie.parcours.api.problem;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;

/**
 * 404 is for an unknown or foreign record only: a step on a known file whose earlier step was not taken is a refusal
 * of the rules, 409 {@code conflict} with a stable code, and changes nothing. Reading a part that does not exist yet
 * stays a 404.
 */
@QuarkusTest
class MissingStepTest {

    private static final LocalDate ORDERED = LocalDate.of(2025, 3, 10);

    private static CaseFileSteps openedFile(String user) {
        CaseFileSteps file = new CaseFileSteps(user);
        file.open(CaseFileSteps.registerPerson(user, ORDERED, false), TODAY.minusDays(5));
        return file;
    }

    private static void refused(Response response, String code) {
        response.then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:parcours:problem:conflict"))
                .body("code", equalTo(code))
                .body("detail", equalTo(Messages.get(Locale.FRENCH, "refusal." + code)));
    }

    @Test
    void signingOrAmendingAConventionNeverProposedIsA409AndChangesNothing() {
        CaseFileSteps file = openedFile(Tokens.AGENT_CRIPEL);
        String version = file.etag();

        refused(file.post("convention/signature", Map.of("signedOn", TODAY.toString())), "CONVENTION.NOT_PROPOSED");
        refused(file.post("convention/amendments", Map.of("axes", java.util.List.of("CITIZENSHIP"), "reason",
                "Nouvel emploi")), "CONVENTION.NOT_PROPOSED");
        refused(file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "CITIZENSHIP", "startDate",
                TODAY.toString())), "CONVENTION.NOT_PROPOSED");

        file.refresh();
        assertThat(file.etag()).isEqualTo(version);
    }

    @Test
    void aReceptionStepOrAProposalBeforeTheReceptionStartedIsA409() {
        CaseFileSteps file = openedFile(Tokens.AGENT_CRIPEL);

        refused(file.put("reception/rightsAndDutiesSession", Map.of("heldOn", TODAY.toString(), "format", "GROUP")),
                "RECEPTION.NOT_STARTED");
        refused(file.put("reception/socialReview", CaseFileSteps.socialReview(TODAY, false)),
                "RECEPTION.NOT_STARTED");
        refused(file.put("reception/frenchTest", Map.of("takenOn", TODAY.toString(), "level", "A1")),
                "RECEPTION.NOT_STARTED");
        refused(file.post("convention", Map.of("proposedOn", TODAY.toString())), "RECEPTION.NOT_STARTED");
    }

    @Test
    void revokingAnAttestationNeverIssuedIsA409() {
        CaseFileSteps file = openedFile(Tokens.SUPERVISOR_CRIPEL);

        refused(file.post("attestation/revocation", Map.of("reason", "Erreur de saisie")), "ATTESTATION.NOT_ISSUED");
    }

    @ParameterizedTest
    @CsvSource({"reception", "convention", "attestation", "attestation/pdf"})
    void readingAPartThatDoesNotExistYetIsA404(String part) {
        CaseFileSteps file = openedFile(Tokens.AGENT_CRIPEL);

        Tokens.as(Tokens.AGENT_CRIPEL).get(file.url(part)).then().statusCode(404)
                .body("type", equalTo("urn:parcours:problem:not-found"));
    }

    @Test
    void theRefusalSpeaksTheClientsLanguage() {
        CaseFileSteps file = openedFile(Tokens.AGENT_CRIPEL);

        file.request().header("Accept-Language", "nl").body(Map.of("signedOn", TODAY.toString()))
                .post(file.url("convention/signature")).then().statusCode(409)
                .header("Content-Language", "nl")
                .body("detail", equalTo(Messages.get(Locale.forLanguageTag("nl"), "refusal.CONVENTION.NOT_PROPOSED")));
    }

    @ParameterizedTest
    @EnumSource(MissingStep.class)
    void everyMissingStepHasItsTextInEveryLanguage(MissingStep step) {
        for (Locale language : Messages.LANGUAGES) {
            String key = "refusal." + step.code();
            assertThat(Messages.get(language, key)).as(language + " " + key).isNotEqualTo(key);
        }
        assertThat(Messages.get(Locale.ENGLISH, "refusal." + step.code()))
                .isNotEqualTo(Messages.get(Locale.FRENCH, "refusal." + step.code()));
    }
}
