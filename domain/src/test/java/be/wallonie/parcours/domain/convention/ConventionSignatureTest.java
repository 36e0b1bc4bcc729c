package be.wallonie.parcours.domain.convention;

import static be.wallonie.parcours.domain.ParcoursFixture.MOROCCAN_SIGNED_ON;
import static be.wallonie.parcours.domain.ParcoursFixture.SETTINGS;
import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.SUPERVISOR;
import static be.wallonie.parcours.domain.Staff.at;
import static be.wallonie.parcours.domain.convention.Axis.CITIZENSHIP;
import static be.wallonie.parcours.domain.convention.Axis.FRENCH;
import static be.wallonie.parcours.domain.convention.Axis.RECEPTION;
import static be.wallonie.parcours.domain.convention.Axis.SOCIO_PROFESSIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.casefile.CaseFileEvent;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileException;
import be.wallonie.parcours.domain.casefile.CaseFileFixture;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.IllegalTransitionException;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.ReceptionFixture;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A convention is proposed from the reception module, signed after the social review with the axes the module calls
 * for, and ends by the final deadline (an obliged person) or after the regime's length (a volunteer).
 */
class ConventionSignatureTest {

    private static final LocalDate REVIEWED_ON = LocalDate.of(2023, 4, 17);

    private final ParcoursFixture proposed = ParcoursFixture.proposedForObligedMoroccan();
    private final Convention convention = proposed.convention();

    private static Enum<?> reasonOf(Throwable refused) {
        return ((ConventionException) refused).reason();
    }

    @Test
    void theProposalIsVersionOneOfTheConventionAndOnTheTimeline() {
        assertThat(convention.status()).isEqualTo(ConventionStatus.PROPOSED);
        assertThat(convention.isSigned()).isFalse();
        assertThat(convention.requiredAxes()).containsExactly(RECEPTION, CITIZENSHIP, FRENCH, SOCIO_PROFESSIONAL);
        assertThat(convention.currentVersion().number()).isEqualTo(1);
        assertThat(convention.currentVersion().reason()).isEqualTo("Proposal from the reception module");
        assertThat(convention.endDate()).isEmpty();
        assertThat(proposed.file().events()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CaseFileEventType.CONVENTION_PROPOSED);
            assertThat(event.detail()).isEqualTo("axes=[RECEPTION, CITIZENSHIP, FRENCH, SOCIO_PROFESSIONAL]");
        });
    }

    @Test
    void signingMovesTheFileOnAndEndsTheConventionOnTheFinalDeadline() {
        convention.sign(MOROCCAN_SIGNED_ON, SETTINGS, AGENT, at(MOROCCAN_SIGNED_ON));

        assertThat(convention.isSigned()).isTrue();
        assertThat(convention.signedOn()).contains(MOROCCAN_SIGNED_ON);
        assertThat(convention.endDate()).contains(LocalDate.of(2024, 9, 10));
        assertThat(convention.currentVersion().effectiveOn()).isEqualTo(MOROCCAN_SIGNED_ON);
        assertThat(convention.versions()).hasSize(1);
        assertThat(proposed.file().state()).isEqualTo(CaseFileState.CONVENTION_SIGNED);
        assertThat(proposed.file().events()).last().extracting(CaseFileEvent::type, CaseFileEvent::occurredOn)
                .containsExactly(CaseFileEventType.CONVENTION_SIGNED, MOROCCAN_SIGNED_ON);
    }

    @Test
    void aConventionIsNotSignedBeforeTheSocialReview() {
        assertThatThrownBy(() -> convention.sign(REVIEWED_ON.minusDays(1), SETTINGS, AGENT, at(REVIEWED_ON)))
                .satisfies(refused -> assertThat(reasonOf(refused))
                        .isEqualTo(ConventionException.Reason.SIGNED_BEFORE_SOCIAL_REVIEW));
        convention.sign(REVIEWED_ON, SETTINGS, AGENT, at(REVIEWED_ON));
        assertThat(convention.signedOn()).contains(REVIEWED_ON);
    }

    @Test
    void aConventionIsSignedOnce() {
        convention.sign(MOROCCAN_SIGNED_ON, SETTINGS, AGENT, at(MOROCCAN_SIGNED_ON));

        assertThatThrownBy(() -> convention.sign(MOROCCAN_SIGNED_ON, SETTINGS, AGENT, at(MOROCCAN_SIGNED_ON)))
                .satisfies(
                        refused -> assertThat(reasonOf(refused)).isEqualTo(ConventionException.Reason.ALREADY_SIGNED));
        assertThatThrownBy(() -> convention.reviseProposal(MOROCCAN_SIGNED_ON, AGENT, at(MOROCCAN_SIGNED_ON)))
                .satisfies(
                        refused -> assertThat(reasonOf(refused)).isEqualTo(ConventionException.Reason.ALREADY_SIGNED));
    }

    @Test
    void aProposalOutdatedByANewFrenchTestIsRevisedBeforeSigning() {
        proposed.reception().recordFrenchTest(ReceptionFixture.frenchTest(LocalDate.of(2023, 5, 17), CefrLevel.A2),
                AGENT, at(LocalDate.of(2023, 5, 17)));

        assertThatThrownBy(() -> convention.sign(MOROCCAN_SIGNED_ON, SETTINGS, AGENT, at(MOROCCAN_SIGNED_ON)))
                .satisfies(refused -> assertThat(reasonOf(refused))
                        .isEqualTo(ConventionException.Reason.PROPOSAL_OUTDATED));
        assertThat(proposed.file().state()).isEqualTo(CaseFileState.RECEPTION);

        convention.reviseProposal(LocalDate.of(2023, 5, 17), AGENT, at(LocalDate.of(2023, 5, 17)));
        convention.sign(MOROCCAN_SIGNED_ON, SETTINGS, AGENT, at(MOROCCAN_SIGNED_ON));

        assertThat(convention.requiredAxes()).containsExactly(RECEPTION, CITIZENSHIP, SOCIO_PROFESSIONAL);
        assertThat(convention.versions()).hasSize(1);
    }

    @Test
    void aConventionIsProposedDuringTheReceptionOnlyAndFromTheFilesOwnModule() {
        convention.sign(MOROCCAN_SIGNED_ON, SETTINGS, AGENT, at(MOROCCAN_SIGNED_ON));
        assertThatThrownBy(() -> Convention.propose(proposed.file(), proposed.reception(), MOROCCAN_SIGNED_ON, AGENT,
                at(MOROCCAN_SIGNED_ON)))
                .isInstanceOfSatisfying(CaseFileException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(CaseFileException.Reason.NOT_ALLOWED_IN_STATE));

        ReceptionModule otherModule = ReceptionFixture.completed(CaseFileFixture.obligedMoroccanOpened(),
                LocalDate.of(2023, 4, 3), CefrLevel.A1, false);
        assertThatThrownBy(() -> Convention.propose(proposed.file(), otherModule, MOROCCAN_SIGNED_ON, AGENT,
                at(MOROCCAN_SIGNED_ON)))
                .satisfies(refused -> assertThat(reasonOf(refused))
                        .isEqualTo(ConventionException.Reason.OTHER_CASE_FILE));
    }

    @Test
    void aConventionIsNotSignedOnceTheFinalDeadlineHasCome() {
        LocalDate deadline = LocalDate.of(2024, 9, 10);

        assertThatThrownBy(() -> convention.sign(deadline, SETTINGS, AGENT, at(deadline)))
                .satisfies(
                        refused -> assertThat(reasonOf(refused)).isEqualTo(ConventionException.Reason.DEADLINE_PASSED));

        proposed.file().extendDeadline(LocalDate.of(2025, 3, 10), "Late reception after illness", SUPERVISOR,
                at(deadline));
        convention.sign(deadline, SETTINGS, AGENT, at(deadline));
        assertThat(convention.endDate()).contains(LocalDate.of(2025, 3, 10));
    }

    @Test
    void aSuspendedFileIsNotSigned() {
        proposed.file().suspend("Stay abroad", MOROCCAN_SIGNED_ON, AGENT, at(MOROCCAN_SIGNED_ON));

        assertThatThrownBy(() -> convention.sign(MOROCCAN_SIGNED_ON, SETTINGS, AGENT, at(MOROCCAN_SIGNED_ON)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                    assertThat(refused.from()).isEqualTo(CaseFileState.SUSPENDED);
                    assertThat(refused.to()).isEqualTo(CaseFileState.CONVENTION_SIGNED);
                });
        assertThat(convention.isSigned()).isFalse();
    }

    @Test
    void aVolunteersConventionLastsTheLengthOfTheRegimeFromItsSignature() {
        ParcoursFixture volunteer = ParcoursFixture.signedForTurkishVolunteer();

        assertThat(volunteer.convention().signedOn()).contains(LocalDate.of(2025, 3, 3));
        assertThat(volunteer.convention().endDate()).contains(LocalDate.of(2028, 3, 3));
        assertThat(volunteer.convention().requiredAxes()).containsExactly(RECEPTION, CITIZENSHIP);
    }

    @Test
    void theSocialReviewAndTheFrenchTestAreSettledOnceSignedButTheSessionMayFollow() {
        ParcoursFixture signed = ParcoursFixture.signedForTurkishVolunteer();
        LocalDate after = LocalDate.of(2025, 3, 10);

        assertThatThrownBy(() -> signed.reception().recordSocialReview(ReceptionFixture.socialReview(after, true),
                AGENT, at(after))).isInstanceOf(CaseFileException.class);
        assertThatThrownBy(() -> signed.reception().recordFrenchTest(ReceptionFixture.frenchTest(after,
                CefrLevel.A1), AGENT, at(after))).isInstanceOf(CaseFileException.class);

        signed.reception().recordRightsAndDutiesSession(ReceptionFixture.groupSessionWithInterpreter(after), AGENT,
                at(after));
        assertThat(signed.reception().isComplete()).isTrue();
        assertThat(signed.reception().completedOn()).contains(after);
    }
}
