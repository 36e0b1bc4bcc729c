package be.wallonie.parcours.domain.obligation;

import static be.wallonie.parcours.domain.obligation.ObligationCode.BELGIAN;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D1;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D2;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D3;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D4;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D5;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D6;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D7;
import static be.wallonie.parcours.domain.obligation.ObligationCode.D8;
import static be.wallonie.parcours.domain.obligation.ObligationCode.GERMAN_SPEAKING_COMMUNE;
import static be.wallonie.parcours.domain.obligation.ObligationCode.LONG_STAY;
import static be.wallonie.parcours.domain.obligation.ObligationCode.NO_PERMIT;
import static be.wallonie.parcours.domain.obligation.ObligationCode.PERMIT_BEFORE_2016;
import static be.wallonie.parcours.domain.obligation.ObligationCode.PROTECTION_APPLICANT;
import static be.wallonie.parcours.domain.obligation.ObligationCode.SHORT_PERMIT;
import static be.wallonie.parcours.domain.obligation.ObligationCode.UE_PLUS_CITIZEN;
import static be.wallonie.parcours.domain.obligation.ObligationCode.UE_PLUS_FAMILY_MEMBER;
import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.EUPEN;
import static be.wallonie.parcours.domain.obligation.ObligationFactsFixture.obligedMoroccanInLiege;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When several provisions apply, the first in the order of precedence decides; the explanation lists them all. */
class PrecedenceTest {

    private final ObligationRules rules = new ObligationRules(ReferenceDataFixture.countryGroups(),
            ObligationSettings.defaults());

    @Test
    void explanationListsEveryProvisionInTheOrderOfPrecedence() {
        ObligationVerdict verdict = rules.evaluate(obligedMoroccanInLiege().build());

        assertThat(verdict.explanation()).extracting(RuleEvaluation::code).containsExactly(
                GERMAN_SPEAKING_COMMUNE,
                BELGIAN, UE_PLUS_CITIZEN, UE_PLUS_FAMILY_MEMBER, PROTECTION_APPLICANT, NO_PERMIT, SHORT_PERMIT,
                LONG_STAY, PERMIT_BEFORE_2016,
                D3, D8, D6, D1, D2, D5, D7, D4);
        assertThat(verdict.explanation()).noneMatch(RuleEvaluation::applied);
        assertThat(verdict.explanation()).extracting(RuleEvaluation::code).containsExactly(ObligationCode.values());
    }

    @Test
    void everyLineOfTheExplanationCitesItsLegalSourceAndTheFactsItUsed() {
        ObligationVerdict verdict = rules.evaluate(obligedMoroccanInLiege().build());

        assertThat(verdict.explanation()).allSatisfy(line -> {
            assertThat(line.legalSource()).isNotBlank();
            assertThat(line.provision()).isNotBlank();
            assertThat(line.facts()).isNotEmpty();
            assertThat(line.status()).isEqualTo(line.code().status());
        });
        RuleEvaluation age = verdict.explanation().stream().filter(line -> line.code() == D3).findFirst()
                .orElseThrow();
        assertThat(age.facts()).containsEntry("referenceDate", "2023-03-10").containsEntry("ageOnReferenceDate", "29");
    }

    @Test
    void outOfScopePrecedesNotInTarget() {
        ObligationVerdict verdict = rules.evaluate(obligedMoroccanInLiege().nationality("FR")
                .communeNis(EUPEN, ReferenceDataFixture.communes()).build());

        assertThat(verdict.code()).isEqualTo(GERMAN_SPEAKING_COMMUNE);
        assertThat(verdict.otherApplicableCodes()).containsExactly(UE_PLUS_CITIZEN);
    }

    @Test
    void notInTargetPrecedesEveryDispense() {
        ObligationVerdict verdict = rules.evaluate(obligedMoroccanInLiege().nationality("TR")
                .legalStayStart(LocalDate.of(2019, 1, 1)).belgianDiploma(true).build());

        assertThat(verdict.status()).isEqualTo(ObligationStatus.NOT_IN_TARGET);
        assertThat(verdict.code()).isEqualTo(LONG_STAY);
        assertThat(verdict.otherApplicableCodes()).containsExactly(D6, D2);
    }

    @Test
    void dispensesFollowTheirOrderD3D8D6D1D2D5D7D4() {
        ObligationFacts everything = obligedMoroccanInLiege()
                .birthDate(LocalDate.of(1950, 1, 1))
                .nationality("TR")
                .familyMemberOf(FamilyLink.TEMPORARY_PROTECTION_BENEFICIARY)
                .medicalCertificate(true)
                .belgianDiploma(true)
                .studyStatus(StudyStatus.EXCHANGE_STUDENT)
                .priorAttestation(true)
                .employment(LocalDate.of(2022, 1, 1), null, BigDecimal.ONE)
                .build();

        ObligationVerdict verdict = rules.evaluate(everything);

        assertThat(verdict.code()).isEqualTo(D3);
        assertThat(verdict.otherApplicableCodes()).containsExactly(D8, D6, D1, D2, D5, D7, D4);
    }

    @Test
    void notInTargetReasonsFollowTheirOrder() {
        ObligationFacts applicantWithShortLongAndOldPermit = obligedMoroccanInLiege()
                .asOf(LocalDate.of(2016, 6, 1))
                .familyMemberOf(FamilyLink.UE_PLUS_CITIZEN)
                .permit(PermitType.PROTECTION_APPLICANT, LocalDate.of(2016, 1, 4), 3)
                .legalStayStart(LocalDate.of(2012, 1, 1))
                .build();

        ObligationVerdict verdict = rules.evaluate(applicantWithShortLongAndOldPermit);

        assertThat(verdict.code()).isEqualTo(UE_PLUS_FAMILY_MEMBER);
        assertThat(verdict.otherApplicableCodes())
                .containsExactly(PROTECTION_APPLICANT, SHORT_PERMIT, LONG_STAY, PERMIT_BEFORE_2016);
    }
}
