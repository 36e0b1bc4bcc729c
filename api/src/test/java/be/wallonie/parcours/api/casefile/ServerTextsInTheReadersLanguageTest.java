package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.security.Tokens;

/**
 * What the server writes for a person to read (the convention's grounds and motives, the timeline) is worded in the
 * reader's language, French by default, with names: never an enum name, an id or a {@code name=value} pair (ADR
 * 0032).
 */
@QuarkusTest
class ServerTextsInTheReadersLanguageTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern CODE = Pattern
            .compile("\\b[A-Z]{2,}_[A-Z_]+\\b|\\w=\\w|\\b(OBLIGED|FRENCH|CITIZENSHIP|GROUP)\\b");

    private static CaseFileSteps file;

    /** Made once for the class, on its first test (the application is up by then). */
    private static synchronized CaseFileSteps aFileEnrolledInCitizenship() {
        if (file != null) {
            return file;
        }
        String person = CaseFileSteps.registerPerson(Tokens.AGENT_CRIPEL, LocalDate.of(2025, 3, 10), false);
        file = new CaseFileSteps(Tokens.AGENT_CRIPEL);
        file.open(person, TODAY.minusDays(20));
        file.receptionAndSignature(TODAY.minusDays(15), "A1", false, TODAY.minusDays(10));
        file.post("enrolments", Map.of("operatorCode", "ILI-LIEGE", "axis", "CITIZENSHIP", "startDate",
                TODAY.minusDays(5).toString())).then().statusCode(201);
        return file;
    }

    @Test
    void theConventionsGroundsAndFirstMotiveAreInFrenchByDefault() {
        Tokens.as(Tokens.AGENT_CRIPEL).get(aFileEnrolledInCitizenship().url("convention")).then().statusCode(200)
                .body("grounds.RECEPTION", equalTo("toujours le premier axe"))
                .body("grounds.FRENCH", equalTo("niveau A1 au test de français, sous le niveau A2"))
                .body("versions[0].reason", equalTo("Proposition issue du module d'accueil"));
    }

    @Test
    void theConventionsGroundsFollowAcceptLanguage() {
        Tokens.as(Tokens.AGENT_CRIPEL).header("Accept-Language", "en")
                .get(aFileEnrolledInCitizenship().url("convention")).then()
                .statusCode(200)
                .body("grounds.FRENCH", equalTo("French test level A1, below A2"))
                .body("versions[0].reason", equalTo("Proposal from the reception module"));
    }

    @Test
    void anEnrolmentReadsAsASentenceWithTheOperatorsName() {
        List<String> summaries = Tokens.as(Tokens.AGENT_CRIPEL).get(aFileEnrolledInCitizenship().url("events")).then()
                .statusCode(200)
                .extract().jsonPath().getList("summary", String.class);

        assertThat(summaries).contains("Inscription en citoyenneté chez Espace Citoyen Liège — Initiative locale "
                + "d'intégration", "Dossier ouvert (personne obligée)", "Test de français enregistré : niveau A1");
    }

    @Test
    void noTimelineSentenceHoldsACodeAnIdOrANameValuePair() {
        List<String> summaries = Tokens.as(Tokens.AGENT_CRIPEL).get(aFileEnrolledInCitizenship().url("events")).then()
                .statusCode(200)
                .extract().jsonPath().getList("summary", String.class);

        assertThat(summaries).isNotEmpty().allSatisfy(summary -> {
            assertThat(UUID.matcher(summary).find()).as(summary).isFalse();
            assertThat(CODE.matcher(summary).find()).as(summary).isFalse();
        });
    }
}
