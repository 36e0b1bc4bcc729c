package be.wallonie.parcours.domain.convention;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static be.wallonie.parcours.domain.convention.Axis.CITIZENSHIP;
import static be.wallonie.parcours.domain.convention.Axis.FRENCH;
import static be.wallonie.parcours.domain.convention.Axis.RECEPTION;
import static be.wallonie.parcours.domain.convention.Axis.SOCIO_PROFESSIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.casefile.CaseFileFixture;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.convention.ConventionGround.Code;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.FrenchTestWaiver;
import be.wallonie.parcours.domain.reception.ReceptionFixture;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The proposal from the reception module: reception always first, citizenship always for an obliged person, French
 * when the test is below A2, socio-professional orientation when the social review says so.
 */
class ConventionProposalTest {

    private static final LocalDate OPENED_ON = LocalDate.of(2023, 4, 3);
    private static final LocalDate PROPOSED_ON = LocalDate.of(2023, 5, 15);

    private static ReceptionModule completed(CefrLevel level, boolean recommendsOrientation) {
        return ReceptionFixture.completed(CaseFileFixture.obligedMoroccanOpened(), OPENED_ON, level,
                recommendsOrientation);
    }

    private static ConventionGround ground(Code code) {
        return new ConventionGround(code, Map.of());
    }

    private static ConventionProposal proposalFor(CefrLevel level, boolean recommendsOrientation) {
        return ConventionProposal.from(completed(level, recommendsOrientation), Participation.OBLIGED, PROPOSED_ON);
    }

    @Test
    void receptionAndCitizenshipAreAlwaysProposedToAnObligedPerson() {
        ConventionProposal proposal = proposalFor(CefrLevel.B1, false);

        assertThat(proposal.axes()).containsExactly(RECEPTION, CITIZENSHIP);
        assertThat(proposal.grounds()).containsEntry(RECEPTION, ground(Code.FIRST_AXIS))
                .containsEntry(CITIZENSHIP, ground(Code.REQUIRED_OF_OBLIGED));
    }

    @Test
    void frenchIsProposedWhenTheTestIsBelowA2() {
        assertThat(proposalFor(CefrLevel.PRE_A1, false).axes()).contains(FRENCH);
        assertThat(proposalFor(CefrLevel.A1, false).grounds()).containsEntry(FRENCH,
                new ConventionGround(Code.FRENCH_BELOW_LEVEL, Map.of("level", CefrLevel.A1, "minimumLevel",
                        CefrLevel.A2)));
        assertThat(proposalFor(CefrLevel.A2, false).axes()).doesNotContain(FRENCH);
        assertThat(proposalFor(CefrLevel.C1, false).axes()).doesNotContain(FRENCH);
    }

    @Test
    void frenchIsNotProposedWhenTheTestIsWaived() {
        ReceptionModule module = ReceptionModule.startFor(CaseFileFixture.obligedMoroccanOpened(), AGENT,
                at(OPENED_ON));
        module.recordSocialReview(ReceptionFixture.socialReview(OPENED_ON.plusWeeks(1), false), AGENT,
                at(OPENED_ON));
        module.waiveFrenchTest(FrenchTestWaiver.FRENCH_MOTHER_TONGUE, AGENT, at(OPENED_ON));

        assertThat(ConventionProposal.from(module, Participation.OBLIGED, PROPOSED_ON).axes())
                .containsExactly(RECEPTION, CITIZENSHIP);
    }

    @Test
    void socioProfessionalOrientationIsProposedWhenTheSocialReviewRecommendsIt() {
        ConventionProposal proposal = proposalFor(CefrLevel.A1, true);

        assertThat(proposal.axes()).containsExactly(RECEPTION, CITIZENSHIP, FRENCH, SOCIO_PROFESSIONAL);
        assertThat(proposal.grounds()).containsEntry(SOCIO_PROFESSIONAL, ground(Code.RECOMMENDED_BY_SOCIAL_REVIEW));
    }

    @Test
    void aVolunteerIsProposedCitizenshipToo() {
        ConventionProposal proposal = ConventionProposal.from(completed(CefrLevel.B2, false), Participation.VOLUNTEER,
                PROPOSED_ON);

        assertThat(proposal.axes()).containsExactly(RECEPTION, CITIZENSHIP);
        assertThat(proposal.grounds()).containsEntry(CITIZENSHIP, ground(Code.PROPOSED_TO_VOLUNTEERS));
    }

    @Test
    void aProposalNeedsTheSocialReviewAndTheFrenchTest() {
        ReceptionModule module = ReceptionModule.startFor(CaseFileFixture.obligedMoroccanOpened(), AGENT,
                at(OPENED_ON));
        module.recordSocialReview(ReceptionFixture.socialReview(OPENED_ON, false), AGENT, at(OPENED_ON));

        assertThatThrownBy(() -> ConventionProposal.from(module, Participation.OBLIGED, PROPOSED_ON))
                .isInstanceOfSatisfying(ConventionException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(ConventionException.Reason.RECEPTION_NOT_READY));
    }

    @Test
    void theRightsAndDutiesSessionMayComeAfterTheProposal() {
        ReceptionModule module = ReceptionModule.startFor(CaseFileFixture.obligedMoroccanOpened(), AGENT,
                at(OPENED_ON));
        module.recordSocialReview(ReceptionFixture.socialReview(OPENED_ON, false), AGENT, at(OPENED_ON));
        module.recordFrenchTest(ReceptionFixture.frenchTest(OPENED_ON, CefrLevel.A1), AGENT, at(OPENED_ON));

        assertThat(ConventionProposal.from(module, Participation.OBLIGED, PROPOSED_ON).axes())
                .containsExactly(RECEPTION, CITIZENSHIP, FRENCH);
    }
}
