package be.wallonie.parcours.api.problem;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.attestation.AttendedHours;
import be.wallonie.parcours.api.casefile.CaseFileSteps;
import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.convention.Axis;

/**
 * A refusal of the rules answers in the client's language, French by default, Dutch, German or English: the detail is
 * the text of the refusal's code with its facts (states, axes, hours) in that language, never the domain's English nor
 * an enum constant; the code and the facts by name stay the same for a program in every language.
 */
@QuarkusTest
class RefusalsInTheClientsLanguageTest {

    private static final LocalDate ORDERED = LocalDate.of(2025, 3, 10);

    /** Every constant a refusal could name, none of which may show in a French, Dutch or German detail. */
    private static final List<String> CONSTANTS = Stream
            .concat(Arrays.stream(Axis.values()), Arrays.stream(CaseFileState.values()))
            .map(Enum::name)
            .toList();

    @Inject
    AttendedHours hours;

    /**
     * Sends the same refused request in each language; each answer is a 409 in that language, with the detail expected
     * and the same code.
     */
    private static void refusedInEveryLanguage(CaseFileSteps file, Function<RequestSpecification, Response> request,
            String code, Map<String, String> details) {
        details.forEach((language, detail) -> {
            Response refused = request.apply(file.request().header("Accept-Language", language));
            refused.then().statusCode(409)
                    .contentType("application/problem+json")
                    .header("Content-Language", language)
                    .body("code", equalTo(code))
                    .body("detail", equalTo(detail));
            if (!language.equals("en")) {
                assertThat(detail).as("detail in %s", language).doesNotContainPattern(
                        "(?<![\\p{L}_])(" + String.join("|", CONSTANTS) + ")(?![\\p{L}_])");
            }
        });
    }

    @Test
    void aReceptionStartedAgainIsRefusedInTheClientsLanguage() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY.minusDays(10));
        file.post("reception", Map.of()).then().statusCode(201);

        refusedInEveryLanguage(file, given -> given.body(Map.of()).post(file.url("reception")),
                "CASE_FILE_ILLEGAL_TRANSITION", Map.of(
                        "fr", "Le dossier est déjà « accueil en cours ».",
                        "nl", "Het dossier heeft al de status onthaal bezig.",
                        "de", "Die Akte hat bereits den Status „Aufnahme läuft“.",
                        "en", "The case file is already \"reception\"."));
        file.request().body(Map.of()).post(file.url("reception")).then().statusCode(409)
                .body("type", equalTo("urn:parcours:problem:illegal-transition"))
                .body("parameters.from", equalTo("RECEPTION"))
                .body("parameters.to", equalTo("RECEPTION"));
    }

    @Test
    void aConventionProposedBeforeTheSocialReviewAndTheFrenchTestIsRefusedInTheClientsLanguage() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY.minusDays(10));
        file.post("reception", Map.of()).then().statusCode(201);

        refusedInEveryLanguage(file, given -> given.body(Map.of("proposedOn", TODAY.toString()))
                .post(file.url("convention")), "CONVENTION.RECEPTION_NOT_READY", Map.of(
                        "fr", "Une convention se propose une fois le bilan social et le test de français (ou sa"
                                + " dispense) enregistrés.",
                        "nl", "Een overeenkomst wordt voorgesteld zodra de sociale balans en de test Frans (of de"
                                + " vrijstelling ervan) geregistreerd zijn.",
                        "de", "Eine Vereinbarung wird vorgeschlagen, sobald die Sozialbilanz und der Französischtest"
                                + " (oder die Befreiung davon) erfasst sind.",
                        "en", "A convention is proposed once the social review and the French test (or its waiver)"
                                + " are recorded."));
    }

    @Test
    void anEnrolmentOnAnAxisTheConventionDoesNotRequireIsRefusedInTheClientsLanguage() {
        CaseFileSteps file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY.minusDays(20));
        file.receptionAndSignature(TODAY.minusDays(15), "A1", false, TODAY.minusDays(10));
        Map<String, Object> enrolment = Map.of("operatorCode", "ILI-LIEGE", "axis", "SOCIO_PROFESSIONAL",
                "startDate", TODAY.minusDays(5).toString());

        refusedInEveryLanguage(file, given -> given.body(enrolment).post(file.url("enrolments")),
                "ENROLMENT_REFUSED.AXIS_NOT_REQUIRED", Map.of(
                        "fr", "La convention signée n'exige pas l'axe « insertion socioprofessionnelle » ; elle exige :"
                                + " module d'accueil, citoyenneté, français.",
                        "nl", "De ondertekende overeenkomst vereist de pijler socioprofessionele inschakeling niet; ze"
                                + " vereist: onthaalmodule, burgerschap, Frans.",
                        "de", "Die unterzeichnete Vereinbarung verlangt die Achse „sozialberufliche Eingliederung“"
                                + " nicht; sie verlangt: Aufnahmemodul, Bürgerschaft, Französisch.",
                        "en", "The signed convention does not require the \"socio-professional integration\" axis; it"
                                + " requires: reception module, citizenship, French."));
        file.request().body(enrolment).post(file.url("enrolments")).then().statusCode(409)
                .body("parameters.axis", equalTo("SOCIO_PROFESSIONAL"))
                .body("parameters.requiredAxes", equalTo(List.of("RECEPTION", "CITIZENSHIP", "FRENCH")));
    }

    @Test
    void anAttestationWhileAnAxisIsUnfinishedIsRefusedInTheClientsLanguageWithItsHours() {
        CaseFileSteps file = new CaseFileSteps(Tokens.SUPERVISOR_CRIPEL);
        file.open(CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, ORDERED, false), TODAY.minusDays(60));
        file.receptionAndSignature(TODAY.minusDays(55), "B1", false, TODAY.minusDays(50));
        file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "CITIZENSHIP", "startDate",
                TODAY.minusDays(45).toString())).then().statusCode(201);
        hours.record(file.fileId(), Axis.CITIZENSHIP, TODAY.minusDays(40), 4, "7.5");
        file.refresh();

        refusedInEveryLanguage(file, given -> given.body(Map.of()).post(file.url("attestation")),
                "ATTESTATION.AXES_UNFINISHED", Map.of(
                        "fr", "Le parcours n'est pas terminé ; axes inachevés : citoyenneté (30/60 h).",
                        "nl", "Het traject is niet voltooid; onvoltooide pijlers: burgerschap (30/60 u).",
                        "de", "Der Parcours ist nicht abgeschlossen; unvollständige Achsen: Bürgerschaft (30/60 Std.).",
                        "en", "The parcours is not complete; unfinished axes: citizenship (30/60 h)."));
        file.request().body(Map.of()).post(file.url("attestation")).then().statusCode(409)
                .body("parameters.unfinished[0].axis", equalTo("CITIZENSHIP"))
                .body("parameters.unfinished[0].hoursAttended", equalTo(30))
                .body("parameters.unfinished[0].hoursRequired", equalTo(60));
    }
}
