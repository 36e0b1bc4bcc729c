package be.wallonie.parcours.domain.casefile;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.SUPERVISOR;
import static be.wallonie.parcours.domain.Staff.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.assessment.AssessmentFixture;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.obligation.EmploymentPeriod;
import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.person.CardType;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonFixture;
import be.wallonie.parcours.domain.person.ResidencePermit;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The final deadline is never typed in: it is the assessment's, or the latest extension a supervisor granted; a new
 * assessment applies to the file with its own deadline.
 */
class FinalDeadlineTest {

    private static final LocalDate ASSESSED_DEADLINE = LocalDate.of(2024, 9, 10);
    private static final LocalDate DECIDED_ON = LocalDate.of(2024, 6, 3);

    private final Person person = PersonFixture.obligedMoroccanInLiege();
    private final CaseFile file = CaseFileFixture.openedFor(person, PersonFixture.MOROCCAN_REGISTERED_ON);

    @Test
    void aSupervisorExtendsTheFinalDeadlineWithAReason() {
        file.extendDeadline(LocalDate.of(2024, 12, 10), "Long illness, medical certificate of 2024-05-30",
                SUPERVISOR, at(DECIDED_ON));

        assertThat(file.finalDeadline()).contains(LocalDate.of(2024, 12, 10));
        assertThat(file.deadlineExtensions()).containsExactly(new DeadlineExtension(LocalDate.of(2024, 12, 10),
                "Long illness, medical certificate of 2024-05-30", SUPERVISOR, at(DECIDED_ON)));
        assertThat(file.events()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CaseFileEventType.DEADLINE_EXTENDED);
            assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2024, 12, 10));
        });
    }

    @Test
    void theLatestExtensionIsTheFinalDeadline() {
        file.extendDeadline(LocalDate.of(2024, 12, 10), "Illness", SUPERVISOR, at(DECIDED_ON));
        file.extendDeadline(LocalDate.of(2025, 3, 10), "Illness continues", SUPERVISOR, at(DECIDED_ON.plusMonths(5)));

        assertThat(file.finalDeadline()).contains(LocalDate.of(2025, 3, 10));
        assertThat(file.deadlineExtensions()).hasSize(2);
    }

    @Test
    void anExtensionGoesBeyondTheCurrentDeadlineAndSaysWhy() {
        assertThatThrownBy(() -> file.extendDeadline(ASSESSED_DEADLINE, " ", SUPERVISOR, at(DECIDED_ON)))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("reason", "newDeadline"));
        assertThat(file.finalDeadline()).contains(ASSESSED_DEADLINE);
        assertThat(file.deadlineExtensions()).isEmpty();
    }

    @Test
    void aVolunteerHasNoDeadlineToExtend() {
        CaseFile volunteer = CaseFileFixture.turkishVolunteerOpened();

        assertThatThrownBy(() -> volunteer.extendDeadline(LocalDate.of(2030, 1, 1), "x", SUPERVISOR, at(DECIDED_ON)))
                .isInstanceOfSatisfying(CaseFileException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(CaseFileException.Reason.NO_DEADLINE));
    }

    @Test
    void aHalfTimeJobMakesTheObligedPersonAVolunteerOnReassessment() {
        person.recordEmployment(new EmploymentPeriod(LocalDate.of(2023, 9, 1), null, new BigDecimal("0.8")));
        ObligationAssessment reassessed = AssessmentFixture.assess(person, LocalDate.of(2024, 1, 15));

        file.applyAssessment(reassessed, AGENT, at(LocalDate.of(2024, 1, 15)));

        assertThat(file.participation()).isEqualTo(Participation.VOLUNTEER);
        assertThat(file.finalDeadline()).isEmpty();
        assertThat(file.assessmentId()).isEqualTo(reassessed.id());
        assertThat(file.events()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CaseFileEventType.REASSESSED);
            assertThat(event.detail()).isEqualTo("participation=VOLUNTEER, status=DISPENSED, code=D4");
        });
    }

    @Test
    void aReassessmentWithALaterDeadlineOverridesAnEarlierExtension() {
        file.extendDeadline(LocalDate.of(2024, 10, 10), "Illness", SUPERVISOR, at(DECIDED_ON));
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.WORK, LocalDate.of(2023, 6, 1), null,
                12, null, FamilyLink.NONE));

        file.applyAssessment(AssessmentFixture.assess(person, LocalDate.of(2023, 6, 15)), AGENT,
                at(LocalDate.of(2023, 6, 15)));

        assertThat(file.finalDeadline()).contains(LocalDate.of(2024, 12, 1));
    }

    @Test
    void anExtensionLaterThanTheReassessedDeadlineStillHolds() {
        file.extendDeadline(LocalDate.of(2025, 3, 10), "Illness", SUPERVISOR, at(DECIDED_ON));

        file.applyAssessment(AssessmentFixture.assess(person, LocalDate.of(2024, 6, 15)), AGENT,
                at(LocalDate.of(2024, 6, 15)));

        assertThat(file.finalDeadline()).contains(LocalDate.of(2025, 3, 10));
    }

    @Test
    void anotherPersonsAssessmentDoesNotApply() {
        assertThatThrownBy(() -> file.applyAssessment(AssessmentFixture.obligedMoroccanInLiege(), AGENT,
                at(DECIDED_ON)))
                .isInstanceOfSatisfying(CaseFileException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(CaseFileException.Reason.OTHER_PERSON));
    }
}
