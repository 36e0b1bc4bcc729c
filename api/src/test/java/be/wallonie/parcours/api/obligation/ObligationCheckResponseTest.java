package be.wallonie.parcours.api.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.wallonie.parcours.api.infrastructure.Clocks;
import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.obligation.CountryGroups;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.shared.CountryCode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The shape of the verdict, the defaults of the request, and the reference data and settings the rules read. */
@QuarkusTest
class ObligationCheckResponseTest {

    @Inject
    ObligationSettings settings;
    @Inject
    CountryGroups countryGroups;

    private static ValidatableResponse check(String body) {
        return Tokens.as(Tokens.AGENT_CRIPEL).contentType(ContentType.JSON).body(body)
                .post("/api/v1/obligationChecks").then().statusCode(200);
    }

    private static String person(String nationality, String nis, String orderDate) {
        return """
                {"asOf": "%s", "birthDate": "1990-01-15", "nationality": "%s", "communeNis": "%s",
                 "permit": {"type": "WORK", "orderDate": "%s"}}""".formatted(orderDate, nationality, nis, orderDate);
    }

    @Test
    void obligedVerdictHasDeadlineRegimeCriAndATraceOfEveryProvision() {
        check(person("MA", "62063", "2023-08-31"))
                .body("status", equalTo("OBLIGED"))
                .body("code", nullValue())
                .body("$", hasKey("code"))
                .body("deadline", equalTo("2025-02-28"))
                .body("regime", equalTo("REGIME_2018"))
                .body("cri", equalTo("CRIPEL"))
                .body("ruleSetVersion", equalTo("2018.1"))
                .body("otherApplicableCodes", hasSize(0))
                .body("explanation.rule", contains("GERMAN_SPEAKING_COMMUNE", "BELGIAN", "UE_PLUS_CITIZEN",
                        "UE_PLUS_FAMILY_MEMBER", "PROTECTION_APPLICANT", "NO_PERMIT", "SHORT_PERMIT", "LONG_STAY",
                        "PERMIT_BEFORE_2016", "D3", "D8", "D6", "D1", "D2", "D5", "D7", "D4", "DEADLINE"))
                .body("explanation.provision", everyItem(not(emptyString())))
                .body("explanation.legalSource", everyItem(not(emptyString())))
                .body("explanation.findAll { it.rule != 'DEADLINE' }.applied", everyItem(equalTo(false)))
                .body("explanation.find { it.rule == 'D3' }.facts.ageOnReferenceDate", equalTo("33"))
                .body("explanation.find { it.rule == 'DEADLINE' }.facts.months", equalTo("18"));
    }

    @Test
    void permitOrderedFrom2025HasTheThreeYearDeadline() {
        check(person("MA", "62063", "2025-01-01"))
                .body("deadline", equalTo("2028-01-01"))
                .body("regime", equalTo("REGIME_2025_THREE_YEARS"))
                .body("ruleSetVersion", equalTo("2025.1"));
    }

    @Test
    void dispensedVerdictHasCodeCriNoDeadlineAndOtherApplicableCodes() {
        check("""
                {"asOf": "2023-06-01", "birthDate": "1950-01-15", "nationality": "TR", "communeNis": "92094",
                 "permit": {"type": "FAMILY_REUNIFICATION", "orderDate": "2023-03-10"}, "medicalCertificate": true}""")
                .body("status", equalTo("DISPENSED"))
                .body("code", equalTo("D3"))
                .body("deadline", nullValue())
                .body("regime", nullValue())
                .body("cri", equalTo("CAI"))
                .body("otherApplicableCodes", contains("D6", "D1"))
                .body("explanation", hasSize(17));
    }

    @Test
    void germanSpeakingCommuneIsOutOfScopeWithoutCri() {
        check(person("MA", "63023", "2023-08-31")) // Eupen
                .body("status", equalTo("OUT_OF_SCOPE"))
                .body("code", equalTo("GERMAN_SPEAKING_COMMUNE"))
                .body("cri", nullValue())
                .body("deadline", nullValue());
    }

    @Test
    void oldNisCodeIsReadAsTheCommuneThatReplacedIt() {
        check(person("MA", "82005", "2023-08-31")) // Bertogne, merged into Bastogne (82039) in 2025
                .body("status", equalTo("OBLIGED"))
                .body("cri", equalTo("CRILUX"))
                .body("explanation[0].facts.communeNis", equalTo("82039"));
    }

    @Test
    void asOfDefaultsToTodayInBrussels() {
        LocalDate today = LocalDate.now(Clocks.BRUSSELS);
        check("""
                {"birthDate": "1990-01-15", "nationality": "MA", "communeNis": "62063",
                 "permit": {"type": "WORK", "orderDate": "%s"},
                 "employment": [{"start": "%s", "fraction": 0.5}]}""".formatted(today.minusMonths(6),
                today.minusMonths(5)))
                .body("status", equalTo("DISPENSED"))
                .body("code", equalTo("D4"))
                .body("explanation.find { it.rule == 'D4' }.facts.asOf", equalTo(today.toString()));
    }

    @Test
    void defaultsOfTheContractApply() {
        // validityMonths 12, legalStayStart = orderDate, familyMemberOf NONE, studyStatus NONE, booleans false
        check(person("MA", "62063", "2023-08-31"))
                .body("explanation.find { it.rule == 'SHORT_PERMIT' }.facts['permit.validityMonths']", equalTo("12"))
                .body("explanation.find { it.rule == 'LONG_STAY' }.facts.legalStayStart", equalTo("2023-08-31"))
                .body("explanation.find { it.rule == 'UE_PLUS_FAMILY_MEMBER' }.facts.familyMemberOf",
                        equalTo("NONE"))
                .body("explanation.find { it.rule == 'D5' }.facts.studyStatus", equalTo("NONE"))
                .body("explanation.find { it.rule == 'D1' }.facts.medicalCertificate", equalTo("false"));
    }

    @ParameterizedTest(name = "{0} is UE+: {1}")
    @CsvSource({"FR,true", "DE,true", "NO,true", "IS,true", "LI,true", "CH,true", "BE,true", "GB,false",
            "TR,false", "MA,false", "UA,false", "XK,false"})
    void uePlusStatesComeFromTheCountryGroups(String country, boolean uePlus) {
        assertThat(countryGroups.isUePlus(new CountryCode(country))).isEqualTo(uePlus);
    }

    @Test
    void citizenOfAnEeaStateIsNotInTarget() {
        check(person("NO", "62063", "2023-08-31"))
                .body("status", equalTo("NOT_IN_TARGET"))
                .body("code", equalTo("UE_PLUS_CITIZEN"))
                .body("cri", equalTo("CRIPEL"));
    }

    @Test
    void settingsComeFromTheConfigurationWithTheDocumentedDefaults() {
        assertThat(settings).isEqualTo(ObligationSettings.defaults());
    }
}
