package be.wallonie.parcours.domain.operator;

import static be.wallonie.parcours.domain.ParcoursFixture.MOROCCAN_SIGNED_ON;
import static be.wallonie.parcours.domain.Staff.AGENT;
import static be.wallonie.parcours.domain.Staff.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.ParcoursFixture;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileEvent;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileException;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * An enrolment on an axis with an operator: refused before the signature, on an axis the signed convention does not
 * require, or with an operator not recognised for the axis; the first one starts the training.
 */
class EnrolmentTest {

    private static final LocalDate START = LocalDate.of(2023, 6, 5);

    private final ParcoursFixture signed = ParcoursFixture.signedForObligedMoroccan();
    private final Convention convention = signed.convention();
    private final CaseFile file = signed.file();

    private static void refused(ThrowingCallable enrolment, EnrolmentRefusedException.Reason reason,
            String because) {
        assertThatThrownBy(enrolment).isInstanceOfSatisfying(EnrolmentRefusedException.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(reason);
            assertThat(refusal.code()).isEqualTo("ENROLMENT_REFUSED." + reason);
            assertThat(refusal.getMessage()).contains(because);
        });
    }

    /** Refused for {@code reason}, with exactly the facts {@code arguments} that explain it. */
    private static void refused(ThrowingCallable enrolment, EnrolmentRefusedException.Reason reason,
            Map<String, Object> arguments) {
        assertThatThrownBy(enrolment).isInstanceOfSatisfying(EnrolmentRefusedException.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(reason);
            assertThat(refusal.arguments()).isEqualTo(arguments);
        });
    }

    private Enrolment enrolOnCitizenship() {
        return Enrolment.enrol(convention, OperatorFixture.iliLiege(), Axis.CITIZENSHIP, START, AGENT, at(START));
    }

    @Test
    void theFirstEnrolmentStartsTheTraining() {
        Enrolment enrolment = enrolOnCitizenship();

        assertThat(enrolment.axis()).isEqualTo(Axis.CITIZENSHIP);
        assertThat(enrolment.operatorCode()).isEqualTo("ILI-LIEGE-01");
        assertThat(enrolment.startDate()).isEqualTo(START);
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(enrolment.caseFile()).isEqualTo(file);
        assertThat(file.state()).isEqualTo(CaseFileState.IN_PROGRESS);
        assertThat(file.events()).extracting(CaseFileEvent::type).endsWith(CaseFileEventType.TRAINING_STARTED,
                CaseFileEventType.ENROLLED);
        assertThat(file.events()).last().extracting(CaseFileEvent::detail).asString()
                .startsWith("axis=CITIZENSHIP, operator=ILI-LIEGE-01");
    }

    @Test
    void laterEnrolmentsKeepTheFileInProgress() {
        enrolOnCitizenship();

        Enrolment.enrol(convention, OperatorFixture.foremLiege(), Axis.SOCIO_PROFESSIONAL, START.plusWeeks(1), AGENT,
                at(START));

        assertThat(file.state()).isEqualTo(CaseFileState.IN_PROGRESS);
        assertThat(file.events()).filteredOn(event -> event.type() == CaseFileEventType.TRAINING_STARTED).hasSize(1);
    }

    @Test
    void anOperatorNotRecognisedForTheAxisIsRefused() {
        refused(() -> Enrolment.enrol(convention, OperatorFixture.cispSeraing(), Axis.CITIZENSHIP, START, AGENT,
                at(START)), EnrolmentRefusedException.Reason.OPERATOR_NOT_RECOGNISED,
                "CISP-SERAING is recognised for [FRENCH], not for CITIZENSHIP");
        refused(() -> Enrolment.enrol(convention, OperatorFixture.cispSeraing(), Axis.CITIZENSHIP, START, AGENT,
                at(START)), EnrolmentRefusedException.Reason.OPERATOR_NOT_RECOGNISED, Map.of("operator",
                        "CISP-SERAING", "axis", Axis.CITIZENSHIP, "recognisedAxes", List.of(Axis.FRENCH)));
        assertThat(file.state()).isEqualTo(CaseFileState.CONVENTION_SIGNED);
    }

    @Test
    void anAxisTheSignedConventionDoesNotRequireIsRefused() {
        convention.recordFrenchCertificate(CefrLevel.A2, START, AGENT, at(START));

        refused(() -> Enrolment.enrol(convention, OperatorFixture.iliLiege(), Axis.FRENCH, START, AGENT, at(START)),
                EnrolmentRefusedException.Reason.AXIS_NOT_REQUIRED,
                "does not require FRENCH; it requires [RECEPTION, CITIZENSHIP, SOCIO_PROFESSIONAL]");
        refused(() -> Enrolment.enrol(convention, OperatorFixture.iliLiege(), Axis.FRENCH, START, AGENT, at(START)),
                EnrolmentRefusedException.Reason.AXIS_NOT_REQUIRED, Map.of("axis", Axis.FRENCH, "requiredAxes",
                        List.of(Axis.RECEPTION, Axis.CITIZENSHIP, Axis.SOCIO_PROFESSIONAL)));
    }

    @Test
    void anEnrolmentBeforeTheSignatureIsRefused() {
        Convention proposed = ParcoursFixture.proposedForObligedMoroccan().convention();

        refused(() -> Enrolment.enrol(proposed, OperatorFixture.iliLiege(), Axis.CITIZENSHIP, START, AGENT,
                at(START)), EnrolmentRefusedException.Reason.CONVENTION_NOT_SIGNED, "not signed");
    }

    @Test
    void trainingDoesNotStartBeforeTheSignature() {
        refused(() -> Enrolment.enrol(convention, OperatorFixture.iliLiege(), Axis.CITIZENSHIP,
                MOROCCAN_SIGNED_ON.minusDays(1), AGENT, at(START)),
                EnrolmentRefusedException.Reason.START_BEFORE_SIGNATURE, Map.of("signedOn", MOROCCAN_SIGNED_ON));
    }

    @Test
    void nobodyEnrolsOnTheReceptionModule() {
        refused(() -> Enrolment.enrol(convention, OperatorFixture.iliLiege(), Axis.RECEPTION, START, AGENT,
                at(START)), EnrolmentRefusedException.Reason.RECEPTION_IS_NOT_AN_ENROLMENT, "run by the CRI");
    }

    @Test
    void anInactiveOperatorTakesNoEnrolment() {
        Operator closed = OperatorFixture.iliLiege();
        closed.deactivate();

        refused(() -> Enrolment.enrol(convention, closed, Axis.CITIZENSHIP, START, AGENT, at(START)),
                EnrolmentRefusedException.Reason.OPERATOR_INACTIVE, "no longer takes enrolments");
    }

    @Test
    void aSuspendedFileTakesNoEnrolment() {
        file.suspend("Stay abroad", START, AGENT, at(START));

        refused(this::enrolOnCitizenship, EnrolmentRefusedException.Reason.FILE_NOT_IN_PROGRESS,
                Map.of("state", CaseFileState.SUSPENDED));
    }

    @Test
    void aCompletedEnrolmentIsOnTheTimeline() {
        Enrolment enrolment = enrolOnCitizenship();

        enrolment.complete(START.plusMonths(3), AGENT, at(START.plusMonths(3)));

        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(enrolment.endDate()).contains(START.plusMonths(3));
        assertThat(file.events()).last().extracting(CaseFileEvent::type)
                .isEqualTo(CaseFileEventType.ENROLMENT_COMPLETED);
        refused(() -> enrolment.complete(START.plusMonths(4), AGENT, at(START)),
                EnrolmentRefusedException.Reason.NOT_ACTIVE, "already COMPLETED");
    }

    @Test
    void aWithdrawalSaysWhyAndEndsNotBeforeTheStart() {
        Enrolment enrolment = enrolOnCitizenship();

        assertThatThrownBy(() -> enrolment.withdraw(START.plusDays(10), " ", AGENT, at(START)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> enrolment.withdraw(START.minusDays(1), "Moved", AGENT, at(START)))
                .isInstanceOf(InvalidValueException.class);

        enrolment.withdraw(START.plusDays(10), "Evening classes elsewhere", AGENT, at(START));

        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(enrolment.withdrawalReason()).contains("Evening classes elsewhere");
        assertThat(file.events()).last().extracting(CaseFileEvent::type, CaseFileEvent::reason)
                .containsExactly(CaseFileEventType.ENROLMENT_WITHDRAWN, "Evening classes elsewhere");
    }

    @Test
    void anEnrolmentOfAFrozenFileDoesNotEnd() {
        Enrolment enrolment = enrolOnCitizenship();
        file.transferTo("CAI",
                new be.wallonie.parcours.domain.casefile.PersonAtTransfer("Amrani", "Samira", LocalDate.of(1990, 1, 1),
                        "MA", "CAI"),
                START.plusDays(5), "Moved to Namur", AGENT, at(START));

        assertThatThrownBy(() -> enrolment.complete(START.plusDays(6), AGENT, at(START)))
                .isInstanceOfSatisfying(CaseFileException.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(CaseFileException.Reason.FILE_FROZEN));
        assertThat(enrolment.isActive()).isTrue();
    }
}
