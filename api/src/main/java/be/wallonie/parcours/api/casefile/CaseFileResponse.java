package be.wallonie.parcours.api.casefile;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.attendance.AxisAttendance;
import be.wallonie.parcours.domain.attendance.AxisEquivalence;
import be.wallonie.parcours.domain.attendance.AxisEquivalenceKind;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileAction;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.ClosureReason;
import be.wallonie.parcours.domain.casefile.DeadlineExtension;
import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.casefile.PersonAtTransfer;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.deadline.AllowedActions;
import be.wallonie.parcours.domain.deadline.AxisProgress;
import be.wallonie.parcours.domain.deadline.CaseFileDeadlines;
import be.wallonie.parcours.domain.deadline.DeadlineKind;
import be.wallonie.parcours.domain.deadline.DeadlineState;
import be.wallonie.parcours.domain.deadline.DueDate;
import be.wallonie.parcours.domain.deadline.WorkQueue;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.reception.CefrLevel;

/**
 * A case file as the CRI follows it: its state, the person, the deadlines and the axes computed today, the work
 * queues it is in and the steps it can take next. Its version is the {@code ETag} header.
 */
@Schema(name = "CaseFile")
public record CaseFileResponse(
        @Schema(required = true) UUID id,
        UUID personId,
        @Schema(description = "Who the file is about; on a TRANSFERRED file, as your CRI held them at the transfer (the person now belongs to the new CRI)") PersonSummary person,
        @Schema(maxLength = ResponseBounds.CRI_CODE, example = "CRIPEL") String cri,
        @Schema(maxLength = ResponseBounds.CRI_CODE, description = "The CRI of the person's commune of residence now (on a TRANSFERRED file: at the transfer); when it differs from `cri`, the file is due for a transfer", example = "CRIPEL") String residenceCri,
        @Schema(required = true) CaseFileState state,
        @Schema(description = "SUSPENDED only: the state a resumption returns to", nullable = true) CaseFileState stateBeforeSuspension,
        Participation participation,
        LocalDate openedOn,
        @Schema(description = "The day by which an obliged person must hold the attestation (the assessment's, or the latest extension); absent for a volunteer", nullable = true) LocalDate finalDeadline,
        List<Extension> deadlineExtensions,
        @Schema(description = "Every deadline that applies, computed today from what was recorded") List<Due> deadlines,
        @Schema(maxItems = 4, description = "Each axis: required or not, started, done") List<AxisStatus> axes,
        @Schema(uniqueItems = true, description = "The work queues the file is in today") List<WorkQueue> queues,
        @Schema(uniqueItems = true, description = "The states the file can move to from here (a suspended file: resumption aside)") List<CaseFileState> nextSteps,
        @Schema(required = true, uniqueItems = true, description = "What you can do on the file now, for your role (ADR 0032): one form per code") List<CaseFileAction> allowedActions,
        @Schema(nullable = true, description = "The one action that moves the parcours on now, among `allowedActions`; absent when nothing is yours to do") NextStep nextStep,
        @Schema(nullable = true) UUID transferredFrom,
        @Schema(nullable = true) UUID transferredTo,
        @Schema(nullable = true) ClosureReason closureReason,
        @Schema(maxLength = ResponseBounds.TEXT, nullable = true) String closureNote) {

    public record PersonSummary(@Schema(maxLength = ResponseBounds.NAME) String lastName,
            @Schema(maxLength = ResponseBounds.NAME) String firstNames, LocalDate birthDate,
            @Schema(maxLength = ResponseBounds.COUNTRY) String nationality) {
    }

    public record Extension(LocalDate newDeadline, @Schema(maxLength = ResponseBounds.TEXT) String reason,
            @Schema(maxLength = ResponseBounds.USERNAME) String decidedBy, Instant decidedAt) {
        static Extension of(DeadlineExtension extension) {
            return new Extension(extension.newDeadline(), extension.reason(), extension.decidedBy(),
                    extension.decidedAt());
        }
    }

    /** One deadline: what is due, by when, done when, and where it stands today. */
    public record Due(DeadlineKind kind, LocalDate dueOn, @Schema(nullable = true) LocalDate doneOn,
            DeadlineState state, @Schema(minimum = "-"
                    + ResponseBounds.DAYS, maximum = ResponseBounds.DAYS, description = "Days left today; negative once passed") long daysLeft) {
        static Due of(DueDate due, LocalDate today) {
            return new Due(due.kind(), due.dueOn(), due.doneOn(), due.stateOn(today), due.daysLeftOn(today));
        }
    }

    /** Where one axis stands: hours done and required (net of corrections), or the equivalence that completed it. */
    public record AxisStatus(Axis axis, boolean required, @Schema(nullable = true) LocalDate startedOn,
            @Schema(nullable = true) LocalDate doneOn,
            @Schema(description = "Hours attended, net of corrections", example = "42.5") BigDecimal hoursDone,
            @Schema(description = "Hours the axis requires (0 for the reception module, completed by its three parts)", example = "60") BigDecimal hoursRequired,
            @Schema(example = "17.5") BigDecimal hoursRemaining,
            @Schema(description = "What completed the axis without the hours: an A2 certificate, a work release", nullable = true) Equivalence equivalence) {
        static AxisStatus of(Axis axis, AxisProgress progress) {
            return new AxisStatus(axis, progress.required().contains(axis), progress.startedOn(axis).orElse(null),
                    progress.doneOn(axis).orElse(null), progress.hoursDone(axis), progress.hoursRequired(axis),
                    progress.hoursRemaining(axis),
                    progress.attendance(axis).flatMap(AxisAttendance::completedBy).map(Equivalence::of).orElse(null));
        }
    }

    /** An A2 certificate (level, issuer) or a release because the person works (evidence). */
    public record Equivalence(AxisEquivalenceKind kind, LocalDate effectiveOn, @Schema(nullable = true) CefrLevel level,
            @Schema(maxLength = ResponseBounds.NAME, nullable = true) String issuer,
            @Schema(maxLength = ResponseBounds.TEXT, nullable = true) String evidence) {
        static Equivalence of(AxisEquivalence equivalence) {
            return new Equivalence(equivalence.kind(), equivalence.effectiveOn(), equivalence.level().orElse(null),
                    equivalence.issuer().orElse(null), equivalence.evidence().orElse(null));
        }
    }

    /** The primary action and the deadline it answers. */
    @Schema(name = "CaseFileNextStep")
    public record NextStep(@Schema(required = true) CaseFileAction action,
            @Schema(nullable = true, description = "The deadline the step answers, when one applies") Due deadline) {
        static NextStep of(AllowedActions actions, LocalDate today) {
            return actions.primary()
                    .map(action -> new NextStep(action, actions.deadline().map(due -> Due.of(due, today)).orElse(null)))
                    .orElse(null);
        }
    }

    /** A file with the person as now. */
    static CaseFileResponse of(CaseFile file, Person person, CaseFileDeadlines deadlines, AllowedActions actions,
            String residenceCri, LocalDate today) {
        return of(file, new PersonSummary(person.name().lastName(), person.name().firstNames(), person.birthDate(),
                person.nationality().value()), deadlines, actions, residenceCri, today);
    }

    /** A transferred file, with the person as its CRI held them at the transfer. */
    static CaseFileResponse of(CaseFile file, PersonAtTransfer held, CaseFileDeadlines deadlines,
            AllowedActions actions, LocalDate today) {
        return of(file, new PersonSummary(held.lastName(), held.firstNames(), held.birthDate(), held.nationality()),
                deadlines, actions, held.residenceCri(), today);
    }

    private static CaseFileResponse of(CaseFile file, PersonSummary person, CaseFileDeadlines deadlines,
            AllowedActions actions, String residenceCri, LocalDate today) {
        return new CaseFileResponse(file.id(), file.personId(), person,
                file.criCode(), residenceCri, file.state(), file.stateBeforeSuspension().orElse(null),
                file.participation(), file.openedOn(), file.finalDeadline().orElse(null),
                file.deadlineExtensions().stream().map(Extension::of).toList(),
                deadlines.all().stream().map(due -> Due.of(due, today)).toList(),
                Arrays.stream(Axis.values()).map(axis -> AxisStatus.of(axis, deadlines.progress())).toList(),
                Arrays.stream(WorkQueue.values()).filter(queue -> queue.contains(deadlines, today)).toList(),
                file.state().nextSteps().stream().sorted().toList(), actions.actions(), NextStep.of(actions, today),
                file.transferredFrom().orElse(null),
                file.transferredTo().orElse(null), file.closureReason().orElse(null),
                file.closureNote().orElse(null));
    }
}
