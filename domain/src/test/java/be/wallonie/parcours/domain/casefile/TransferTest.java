package be.wallonie.parcours.domain.casefile;

import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.SUPERVISOR;
import static be.wallonie.parcours.domain.Staff.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A person who moves to another CRI's territory: the old file is frozen, a linked file opens at the new CRI. */
class TransferTest {

    private static final LocalDate MOVED_ON = LocalDate.of(2023, 7, 3);
    /** The person as CRIPEL held them at the transfer. */
    static final PersonAtTransfer HELD = new PersonAtTransfer("Amrani", "Samira", LocalDate.of(1990, 1, 1), "MA",
            "CAI");

    private final CaseFile file = CaseFileFixture.obligedMoroccanOpened();

    @Test
    void theOldFileIsFrozenAndANewLinkedFileOpensAtTheNewCri() {
        file.startReception(AGENT, at(MOVED_ON));

        CaseFile successor = file.transferTo("CAI", HELD, MOVED_ON, "Moved to Namur", AGENT, at(MOVED_ON));

        assertThat(file.state()).isEqualTo(CaseFileState.TRANSFERRED);
        assertThat(file.isCurrent()).isFalse();
        assertThat(file.transferredTo()).contains(successor.id());
        assertThat(file.personAtTransfer()).contains(HELD);
        assertThat(successor.personAtTransfer()).isEmpty();
        assertThat(file.events()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CaseFileEventType.TRANSFERRED_OUT);
            assertThat(event.detail()).isEqualTo("toCri=CAI");
        });
        assertThat(successor.criCode()).isEqualTo("CAI");
        assertThat(successor.personId()).isEqualTo(file.personId());
        assertThat(successor.state()).isEqualTo(CaseFileState.OPENED);
        assertThat(successor.openedOn()).isEqualTo(MOVED_ON);
        assertThat(successor.transferredFrom()).contains(file.id());
        assertThat(successor.isCurrent()).isTrue();
        assertThat(successor.events()).first().satisfies(event -> {
            assertThat(event.type()).isEqualTo(CaseFileEventType.TRANSFERRED_IN);
            assertThat(event.toState()).isEqualTo(CaseFileState.OPENED);
            assertThat(event.detail()).startsWith("fromCri=CRIPEL");
        });
    }

    @Test
    void theNewFileKeepsTheParticipationAndTheFinalDeadlineWithItsExtensions() {
        file.extendDeadline(LocalDate.of(2024, 12, 10), "Illness", SUPERVISOR, at(MOVED_ON));

        CaseFile successor = file.transferTo("CAI", HELD, MOVED_ON, null, AGENT, at(MOVED_ON));

        assertThat(successor.participation()).isEqualTo(Participation.OBLIGED);
        assertThat(successor.assessmentId()).isEqualTo(file.assessmentId());
        assertThat(successor.finalDeadline()).contains(LocalDate.of(2024, 12, 10));
        assertThat(successor.deadlineExtensions()).singleElement().satisfies(extension -> {
            assertThat(extension.reason()).isEqualTo("Illness");
            assertThat(extension.decidedBy()).isEqualTo(SUPERVISOR);
        });
    }

    @Test
    void aFrozenFileTakesNoMoreRecordsNorTransitions() {
        file.transferTo("CAI", HELD, MOVED_ON, null, AGENT, at(MOVED_ON));

        assertThatThrownBy(() -> file.record(CaseFileEventType.INTERVIEW_HELD, MOVED_ON, null, null, AGENT,
                at(MOVED_ON)))
                .isInstanceOfSatisfying(CaseFileException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(CaseFileException.Reason.FILE_FROZEN));
        assertThatThrownBy(() -> file.startReception(AGENT, at(MOVED_ON)))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(IllegalTransitionException.Reason.FILE_TRANSFERRED));
        assertThatThrownBy(() -> file.extendDeadline(LocalDate.of(2025, 1, 1), "x", SUPERVISOR, at(MOVED_ON)))
                .isInstanceOf(CaseFileException.class);
    }

    @Test
    void aSuspendedFileCanBeTransferred() {
        file.suspend("Moving house", MOVED_ON, AGENT, at(MOVED_ON));

        CaseFile successor = file.transferTo("CAI", HELD, MOVED_ON, null, AGENT, at(MOVED_ON));

        assertThat(successor.state()).isEqualTo(CaseFileState.OPENED);
    }

    @Test
    void aTransferGoesToAnotherCri() {
        assertThatThrownBy(() -> file.transferTo("CRIPEL", HELD, MOVED_ON, null, AGENT, at(MOVED_ON)))
                .isInstanceOfSatisfying(CaseFileException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(CaseFileException.Reason.SAME_CRI));
        assertThat(file.state()).isEqualTo(CaseFileState.OPENED);
    }

    @Test
    void aMoveToTheGermanLanguageRegionIsAClosureNotATransfer() {
        assertThatThrownBy(() -> file.transferTo("DG", HELD, MOVED_ON, null, AGENT, at(MOVED_ON)))
                .isInstanceOfSatisfying(CaseFileException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(CaseFileException.Reason.OUT_OF_SCOPE));
    }
}
