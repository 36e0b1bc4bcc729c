package be.wallonie.parcours.domain.deadline;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.casefile.CaseFileEvent;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileException;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Evaluation interviews follow the person up once the convention is signed; each is on the timeline. */
class EvaluationInterviewTest {

    private static final LocalDate HELD_ON = LocalDate.of(2023, 11, 20);

    @Test
    void anInterviewIsRecordedWithItsDateAuthorAndNotes() {
        ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();

        EvaluationInterview interview = EvaluationInterview.record(signed.file(), HELD_ON,
                " Attends French twice a week ", AGENT, at(HELD_ON));

        assertThat(interview.heldOn()).isEqualTo(HELD_ON);
        assertThat(interview.conductedBy()).isEqualTo(AGENT);
        assertThat(interview.notes()).isEqualTo("Attends French twice a week");
        assertThat(interview.caseFile()).isEqualTo(signed.file());
        assertThat(signed.file().events()).last().extracting(CaseFileEvent::type, CaseFileEvent::occurredOn)
                .containsExactly(CaseFileEventType.INTERVIEW_HELD, HELD_ON);
    }

    @Test
    void noInterviewIsRecordedBeforeTheSignature() {
        ParcoursFixture proposed = ParcoursFixture.proposedForObligedMoroccan();

        assertThatThrownBy(() -> EvaluationInterview.record(proposed.file(), HELD_ON, null, AGENT, at(HELD_ON)))
                .isInstanceOfSatisfying(CaseFileException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(CaseFileException.Reason.NOT_ALLOWED_IN_STATE));
    }

    @Test
    void anInterviewHasADayNotBeforeTheOpening() {
        ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();

        assertThatThrownBy(() -> EvaluationInterview.record(signed.file(), null, null, AGENT, at(HELD_ON)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> EvaluationInterview.record(signed.file(), LocalDate.of(2023, 1, 1), null, AGENT,
                at(HELD_ON))).isInstanceOf(InvalidValueException.class);
    }
}
