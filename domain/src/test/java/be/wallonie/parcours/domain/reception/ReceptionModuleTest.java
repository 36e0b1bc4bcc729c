package be.wallonie.parcours.domain.reception;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileEvent;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileException;
import be.wallonie.parcours.domain.casefile.CaseFileFixture;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.IllegalTransitionException;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reception module is complete when the social review, the rights-and-duties session and the French test (done
 * or waived) are done; each part is on the file's timeline.
 */
class ReceptionModuleTest {

    private static final LocalDate OPENED_ON = LocalDate.of(2023, 4, 3);
    private static final LocalDate REVIEWED_ON = LocalDate.of(2023, 4, 17);
    private static final LocalDate TESTED_ON = LocalDate.of(2023, 4, 24);
    private static final LocalDate SESSION_ON = LocalDate.of(2023, 5, 8);

    private final CaseFile file = CaseFileFixture.obligedMoroccanOpened();
    private final ReceptionModule module = ReceptionModule.startFor(file, AGENT, at(OPENED_ON));

    @Test
    void startingTheModuleMovesTheFileToReception() {
        assertThat(file.state()).isEqualTo(CaseFileState.RECEPTION);
        assertThat(module.caseFile()).isEqualTo(file);
        assertThat(module.isComplete()).isFalse();
        assertThatThrownBy(() -> ReceptionModule.startFor(file, AGENT, at(OPENED_ON)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theModuleIsCompleteOnTheDayOfItsLastPart() {
        module.recordSocialReview(ReceptionFixture.socialReview(REVIEWED_ON, true), AGENT, at(REVIEWED_ON));
        module.recordRightsAndDutiesSession(ReceptionFixture.groupSessionWithInterpreter(SESSION_ON), AGENT,
                at(SESSION_ON));
        assertThat(module.isComplete()).isFalse();

        module.recordFrenchTest(ReceptionFixture.frenchTest(TESTED_ON, CefrLevel.A1), AGENT, at(SESSION_ON));

        assertThat(module.isComplete()).isTrue();
        assertThat(module.completedOn()).contains(SESSION_ON);
        assertThat(module.frenchTest()).map(FrenchTest::level).contains(CefrLevel.A1);
    }

    @Test
    void eachPartAndTheCompletionAreOnTheTimeline() {
        CaseFile other = CaseFileFixture.obligedMoroccanOpened();

        ReceptionFixture.completed(other, OPENED_ON, CefrLevel.A2, false);

        assertThat(other.events()).extracting(CaseFileEvent::type).containsExactly(CaseFileEventType.OPENED,
                CaseFileEventType.RECEPTION_STARTED, CaseFileEventType.SOCIAL_REVIEW_RECORDED,
                CaseFileEventType.FRENCH_TEST_RECORDED, CaseFileEventType.RIGHTS_AND_DUTIES_SESSION_RECORDED,
                CaseFileEventType.RECEPTION_COMPLETED);
        assertThat(other.events()).filteredOn(event -> event.type() == CaseFileEventType.FRENCH_TEST_RECORDED)
                .extracting(CaseFileEvent::detail).containsExactly("level=A2");
    }

    @Test
    void theCompletionIsRecordedOnceEvenWhenAPartIsRecordedAgain() {
        ReceptionModule completed = ReceptionFixture.completed(CaseFileFixture.obligedMoroccanOpened(), OPENED_ON,
                CefrLevel.A1, false);
        LocalDate completedOn = completed.completedOn().orElseThrow();

        completed.recordFrenchTest(ReceptionFixture.frenchTest(completedOn.plusDays(3), CefrLevel.A2), AGENT,
                at(completedOn.plusDays(3)));

        assertThat(completed.completedOn()).contains(completedOn);
        assertThat(completed.caseFile().events())
                .filteredOn(event -> event.type() == CaseFileEventType.RECEPTION_COMPLETED)
                .hasSize(1);
    }

    @Test
    void aWaivedFrenchTestCountsAsSettled() {
        module.recordSocialReview(ReceptionFixture.socialReview(REVIEWED_ON, false), AGENT, at(REVIEWED_ON));
        module.recordRightsAndDutiesSession(ReceptionFixture.groupSessionWithInterpreter(SESSION_ON), AGENT,
                at(SESSION_ON));

        module.waiveFrenchTest(FrenchTestWaiver.FRENCH_MOTHER_TONGUE, AGENT, at(SESSION_ON));

        assertThat(module.frenchTestSettled()).isTrue();
        assertThat(module.frenchTest()).isEmpty();
        assertThat(module.frenchTestWaiver()).contains(FrenchTestWaiver.FRENCH_MOTHER_TONGUE);
        assertThat(module.isComplete()).isTrue();
        assertThat(module.completedOn()).contains(SESSION_ON);
    }

    @Test
    void aTestRecordedAfterAWaiverReplacesIt() {
        module.waiveFrenchTest(FrenchTestWaiver.SCHOOLED_IN_FRENCH, AGENT, at(TESTED_ON));

        module.recordFrenchTest(ReceptionFixture.frenchTest(TESTED_ON, CefrLevel.A1), AGENT, at(TESTED_ON));

        assertThat(module.frenchTestWaiver()).isEmpty();
        assertThat(module.frenchTest()).isPresent();
    }

    @Test
    void theSocialReviewGoesThroughEveryDomain() {
        Map<NeedDomain, Need> needs = ReceptionFixture.noNeeds();
        needs.remove(NeedDomain.WORK_AND_TRAINING);
        needs.remove(NeedDomain.CHILDREN_AND_YOUTH);

        assertThatThrownBy(() -> new SocialReview(REVIEWED_ON, needs, null, false))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field)
                        .containsExactly("needs.WORK_AND_TRAINING", "needs.CHILDREN_AND_YOUTH"));
    }

    @Test
    void theSocialReviewListsTheDomainsInNeed() {
        SocialReview review = ReceptionFixture.socialReview(REVIEWED_ON, true);

        assertThat(review.domainsInNeed()).containsExactly(NeedDomain.FRENCH, NeedDomain.WORK_AND_TRAINING);
        assertThat(review.needs()).hasSize(NeedDomain.values().length);
        assertThat(review.need(NeedDomain.HOUSING)).isEqualTo(Need.none());
        assertThat(review.recommendsSocioProfessionalOrientation()).isTrue();
    }

    @Test
    void aPartIsNotDoneBeforeTheFileWasOpened() {
        assertThatThrownBy(() -> module.recordSocialReview(ReceptionFixture.socialReview(OPENED_ON.minusDays(1), false),
                AGENT, at(OPENED_ON)))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("conductedOn"));
        assertThat(module.socialReview()).isEmpty();
    }

    @Test
    void aSuspendedFileTakesNoReceptionPart() {
        file.suspend("Stay abroad", REVIEWED_ON, AGENT, at(REVIEWED_ON));

        assertThatThrownBy(() -> module.recordSocialReview(ReceptionFixture.socialReview(REVIEWED_ON, false), AGENT,
                at(REVIEWED_ON)))
                .isInstanceOfSatisfying(CaseFileException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(CaseFileException.Reason.NOT_ALLOWED_IN_STATE));
    }

    @Test
    void theInterpretersLanguageIsALanguageCode() {
        assertThatThrownBy(() -> new RightsAndDutiesSession(SESSION_ON, SessionFormat.INDIVIDUAL, "Arabic"))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("interpreterLanguage"));
        assertThat(new RightsAndDutiesSession(SESSION_ON, SessionFormat.INDIVIDUAL, null).interpreter()).isEmpty();
        assertThat(new RightsAndDutiesSession(SESSION_ON, SessionFormat.GROUP, "prs").interpreter()).isPresent();
    }
}
