package be.wallonie.parcours.domain.deadline;

import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The deadlines of a case file, computed from what was recorded, never typed in (domain rules §4), and recomputed on
 * every call:
 * <ul>
 * <li>{@link DeadlineKind#FINAL}: the file's final deadline (the assessment's, or the latest extension), done when
 * the parcours is completed; obliged persons only;</li>
 * <li>{@link DeadlineKind#RECEPTION_MODULE}: 3 months after the opening, done when the module is complete;</li>
 * <li>{@link DeadlineKind#EVALUATION_INTERVIEW}: 6 months after the signature of the convention or the last interview
 * since, while the person trains;</li>
 * <li>{@link DeadlineKind#CITIZENSHIP} and {@link DeadlineKind#FRENCH}: 4 and 16 months after the start of the axis,
 * when the convention requires it and an enrolment started it, done when the axis is.</li>
 * </ul>
 * Its {@link #schedule()} is what is stored with the file, and answers the work queues ({@link WorkQueue}) of the
 * CRI.
 */
public final class CaseFileDeadlines {

    /** A final deadline this close (in days, the due day included) puts an unfinished file at risk. */
    public static final int AT_RISK_DAYS = 90;

    private final CaseFile caseFile;
    private final AxisProgress progress;
    private final DueDate finalDeadline;
    private final DueDate receptionModule;
    private final DueDate evaluationInterview;
    private final DueDate citizenship;
    private final DueDate french;
    private final ReceptionModule reception;
    private final Convention convention;

    private CaseFileDeadlines(CaseFile caseFile, AxisProgress progress, ReceptionModule reception,
            Convention convention, List<EvaluationInterview> interviews) {
        this.caseFile = caseFile;
        this.progress = progress;
        this.reception = reception;
        this.convention = convention;
        this.finalDeadline = caseFile.finalDeadline()
                .map(day -> new DueDate(DeadlineKind.FINAL, day, caseFile.completedOn().orElse(null)))
                .orElse(null);
        this.receptionModule = new DueDate(DeadlineKind.RECEPTION_MODULE,
                caseFile.openedOn().plusMonths(DeadlineKind.RECEPTION_MODULE.months()),
                reception == null ? null : reception.completedOn().orElse(null));
        this.evaluationInterview = nextInterview(caseFile, convention, interviews);
        this.citizenship = axisDeadline(DeadlineKind.CITIZENSHIP, Axis.CITIZENSHIP);
        this.french = axisDeadline(DeadlineKind.FRENCH, Axis.FRENCH);
    }

    /**
     * @param reception  the file's reception module, or {@code null} before it starts
     * @param convention the file's convention, or {@code null} before it is proposed
     * @param enrolments the file's enrolments
     * @param interviews the file's evaluation interviews
     * @param attendance the file's attendance: its entries and equivalences ({@link Attendance#none()} before any)
     */
    public static CaseFileDeadlines of(CaseFile caseFile, ReceptionModule reception, Convention convention,
            List<Enrolment> enrolments, List<EvaluationInterview> interviews, Attendance attendance) {
        AxisProgress progress = AxisProgress.of(caseFile, reception, convention, enrolments, attendance);
        return new CaseFileDeadlines(caseFile, progress, reception, convention, interviews);
    }

    private static DueDate nextInterview(CaseFile caseFile, Convention convention,
            List<EvaluationInterview> interviews) {
        boolean training = caseFile.state() == CaseFileState.CONVENTION_SIGNED
                || caseFile.state() == CaseFileState.IN_PROGRESS;
        if (!training || convention == null || convention.signedOn().isEmpty()) {
            return null;
        }
        LocalDate signedOn = convention.signedOn().get();
        LocalDate lastFollowUp = interviews.stream()
                .map(EvaluationInterview::heldOn)
                .filter(heldOn -> heldOn.isAfter(signedOn))
                .max(Comparator.naturalOrder())
                .orElse(signedOn);
        return new DueDate(DeadlineKind.EVALUATION_INTERVIEW,
                lastFollowUp.plusMonths(DeadlineKind.EVALUATION_INTERVIEW.months()), null);
    }

    private DueDate axisDeadline(DeadlineKind kind, Axis axis) {
        if (!progress.required().contains(axis)) {
            return null;
        }
        return progress.startedOn(axis)
                .map(start -> new DueDate(kind, start.plusMonths(kind.months()), progress.doneOn(axis).orElse(null)))
                .orElse(null);
    }

    /** What is stored with the file: every deadline, the next one, whether an axis is unfinished (ADR 0017). */
    public DeadlineSchedule schedule() {
        return new DeadlineSchedule(caseFile.id(), caseFile.state().isFollowedUp(), finalDeadline, receptionModule,
                evaluationInterview, citizenship, french, !progress.unfinished().isEmpty());
    }

    /** See {@link DeadlineSchedule#isAtRisk}. */
    public boolean isAtRisk(LocalDate today) {
        return schedule().isAtRisk(today);
    }

    /** See {@link DeadlineSchedule#isOverdue}. */
    public boolean isOverdue(LocalDate today) {
        return schedule().isOverdue(today);
    }

    /** See {@link DeadlineSchedule#isReviewDue}. */
    public boolean isReviewDue(LocalDate today) {
        return schedule().isReviewDue(today);
    }

    /** See {@link DeadlineSchedule#nextDue}. */
    public Optional<DueDate> nextDue() {
        return schedule().nextDue();
    }

    /** Every deadline that applies, in the order of {@link DeadlineKind}. */
    public List<DueDate> all() {
        return Stream.of(finalDeadline, receptionModule, evaluationInterview, citizenship, french)
                .filter(due -> due != null)
                .toList();
    }

    /** The deadline of {@code kind}, when it applies. */
    public Optional<DueDate> get(DeadlineKind kind) {
        return all().stream().filter(due -> due.kind() == kind).findFirst();
    }

    /** Empty for a volunteer. */
    public Optional<DueDate> finalDeadline() {
        return Optional.ofNullable(finalDeadline);
    }

    public DueDate receptionModule() {
        return receptionModule;
    }

    /** Empty before the signature and once the person no longer trains. */
    public Optional<DueDate> nextEvaluationInterview() {
        return Optional.ofNullable(evaluationInterview);
    }

    public Optional<DueDate> citizenship() {
        return Optional.ofNullable(citizenship);
    }

    public Optional<DueDate> french() {
        return Optional.ofNullable(french);
    }

    public AxisProgress progress() {
        return progress;
    }

    /** The actions the file allows on {@code today}, and its next step (ADR 0032). */
    public AllowedActions allowedActions(LocalDate today) {
        return AllowedActions.of(caseFile, reception, convention, this, today);
    }
}
