package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.AxisRequirement;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The attendance ledger (<i>registre des présences</i>): records the hours of the sessions an operator gives, their
 * corrections, and the equivalences that complete an axis without hours, under the rules of docs/rules.md
 * (Attendance). Nothing recorded is ever changed or deleted. A recording leaves the case file's state alone; when it
 * completes the last axis the signed convention requires, {@link Recording#parcoursDone()} says so, and the caller, in
 * the same transaction, moves the file to {@link CaseFileState#COMPLETED} with
 * {@link #completeParcoursIfDone(Convention, String, Instant)}.
 * <p>
 * Which operator may post for an enrolment (the trainer's {@code operator} claim) is checked by the caller with
 * {@link #requireRecordableBy(String, Enrolment)}.
 */
public final class AttendanceLedger {

    /** The default maximum of hours a person attends on one day, every axis and operator together. */
    public static final BigDecimal DEFAULT_MAX_HOURS_PER_DAY = BigDecimal.valueOf(8);

    /** The days of sessions are those of Wallonia. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Hours are recorded, and corrected, only while the person trains. */
    private static final Set<CaseFileState> RECORDING = EnumSet.of(CaseFileState.IN_PROGRESS);
    /** Equivalences are recorded on a signed convention while the CRI follows the file up. */
    private static final Set<CaseFileState> EQUIVALENCES = EnumSet.of(CaseFileState.CONVENTION_SIGNED,
            CaseFileState.IN_PROGRESS, CaseFileState.SUSPENDED);
    /** The states a file is completed from. */
    private static final Set<CaseFileState> COMPLETABLE = EnumSet.of(CaseFileState.CONVENTION_SIGNED,
            CaseFileState.IN_PROGRESS);

    private final AttendanceRepository entries;
    private final AxisEquivalenceRepository equivalences;
    private final BigDecimal maxHoursPerDay;

    /**
     * @param maxHoursPerDay the most a person attends on one day (setting {@code parcours.attendance.max-hours-per-day},
     *                       {@link #DEFAULT_MAX_HOURS_PER_DAY} by default): more than 0, at most 24, in quarter hours
     */
    public AttendanceLedger(AttendanceRepository entries, AxisEquivalenceRepository equivalences,
            BigDecimal maxHoursPerDay) {
        this.entries = Objects.requireNonNull(entries, "entries");
        this.equivalences = Objects.requireNonNull(equivalences, "equivalences");
        this.maxHoursPerDay = new Hours(maxHoursPerDay).value();
    }

    public BigDecimal maxHoursPerDay() {
        return maxHoursPerDay;
    }

    /** Whether the operator {@code operatorCode} (a trainer's {@code operator} claim) may post for the enrolment. */
    public static boolean isRecordableBy(String operatorCode, Enrolment enrolment) {
        return operatorCode != null && operatorCode.equals(enrolment.operatorCode());
    }

    /**
     * Refuses unless the operator {@code operatorCode} is the enrolment's: an operator records only for the persons
     * enrolled with it.
     */
    public static void requireRecordableBy(String operatorCode, Enrolment enrolment) {
        if (!isRecordableBy(operatorCode, enrolment)) {
            throw new AttendanceRefusedException(AttendanceRefusedException.Reason.NOT_THE_ENROLMENT_OPERATOR,
                    "Only the enrolment's operator records its hours");
        }
    }

    /**
     * Records the hours of a session attended on {@code sessionDate} under {@code enrolment}.
     *
     * @param operator   the enrolment's operator, as recognised today
     * @param convention the convention of the enrolment's case file
     * @param at         when the hours are recorded; the session must not be after that day in Brussels
     * @throws AttendanceRefusedException naming the rule that refuses the hours
     */
    public Recording recordSession(Enrolment enrolment, Operator operator, Convention convention,
            LocalDate sessionDate, Hours hours, String by, Instant at) {
        Violations violations = new Violations();
        violations.require(sessionDate, "sessionDate");
        violations.require(hours, "hours");
        violations.requireText(by, "author");
        violations.throwIfAny();
        requireRecordable(enrolment, operator, convention);
        requireWithinEnrolment(enrolment, sessionDate, at);
        requireWithinDailyMaximum(enrolment, sessionDate, hours.value());
        AttendanceEntry entry = AttendanceEntry.session(enrolment, sessionDate, hours, by, at);
        entries.add(entry);
        return afterEntry(entry, convention);
    }

    /**
     * Corrects a session so that it counts {@code hours} from now on: a correction of the difference, with its reason.
     *
     * @throws AttendanceRefusedException naming the rule that refuses the correction
     */
    public Recording correct(Enrolment enrolment, Operator operator, Convention convention, AttendanceEntry session,
            Hours hours, String reason, String by, Instant at) {
        Objects.requireNonNull(hours, "hours");
        return adjust(enrolment, operator, convention, session, null, hours.value(), reason, by, at);
    }

    /**
     * Reverses a session: a correction that brings it to 0 hours (the person did not attend), with its reason.
     *
     * @throws AttendanceRefusedException naming the rule that refuses the reversal
     */
    public Recording reverse(Enrolment enrolment, Operator operator, Convention convention, AttendanceEntry session,
            String reason, String by, Instant at) {
        return adjust(enrolment, operator, convention, session, null, BigDecimal.ZERO, reason, by, at);
    }

    /**
     * Adds {@code delta} (a signed, non-zero number of quarter hours) to a session, with its reason: the general form of
     * {@link #correct} and {@link #reverse}.
     *
     * @throws AttendanceRefusedException when the session would count fewer than 0 hours, or another rule refuses it
     */
    public Recording adjust(Enrolment enrolment, Operator operator, Convention convention, AttendanceEntry session,
            BigDecimal delta, String reason, String by, Instant at) {
        Objects.requireNonNull(delta, "delta");
        return adjust(enrolment, operator, convention, session, delta, null, reason, by, at);
    }

    private Recording adjust(Enrolment enrolment, Operator operator, Convention convention, AttendanceEntry session,
            BigDecimal delta, BigDecimal target, String reason, String by, Instant at) {
        Objects.requireNonNull(session, "session");
        Violations violations = new Violations();
        violations.requireText(reason, "reason");
        violations.requireText(by, "author");
        if (delta != null) {
            violations.check(isQuarterHours(delta), "hours", ViolationCode.QUARTER_HOURS,
                    Map.of("hours", delta.abs()));
        }
        violations.throwIfAny();
        if (!session.enrolmentId().equals(enrolment.id())) {
            throw new AttendanceRefusedException(AttendanceRefusedException.Reason.OTHER_ENROLMENT,
                    "The entry corrected belongs to another enrolment");
        }
        if (session.isCorrection()) {
            throw new AttendanceRefusedException(AttendanceRefusedException.Reason.CORRECTION_OF_A_CORRECTION,
                    "A correction is not corrected itself: correct the session " + session.corrects().orElseThrow());
        }
        requireRecordable(enrolment, operator, convention);
        BigDecimal net = entries.netHoursOf(session.id());
        BigDecimal change = (delta != null ? delta : target.subtract(net)).setScale(2);
        if (change.signum() == 0) {
            throw new AttendanceRefusedException(AttendanceRefusedException.Reason.NOTHING_TO_CORRECT,
                    "The session already counts " + net.stripTrailingZeros().toPlainString() + " hours",
                    Map.of("hours", net));
        }
        BigDecimal corrected = net.add(change);
        if (corrected.signum() < 0 || corrected.compareTo(Hours.MAXIMUM_PER_DAY) > 0) {
            throw new AttendanceRefusedException(AttendanceRefusedException.Reason.NET_HOURS_OUT_OF_RANGE,
                    "The session would count " + corrected.stripTrailingZeros().toPlainString()
                            + " hours: a session counts between 0 and 24 hours",
                    Map.of("hours", corrected, "maximum", Hours.MAXIMUM_PER_DAY));
        }
        if (change.signum() > 0) {
            requireWithinDailyMaximum(enrolment, session.sessionDate(), change);
        }
        AttendanceEntry correction = AttendanceEntry.correction(enrolment, session, change, reason.strip(), by, at);
        entries.add(correction);
        return afterEntry(correction, convention);
    }

    /**
     * Records a certificate of French of {@code level} (A2 or above) obtained on {@code certifiedOn}: it completes the
     * French axis on that day, whatever the hours, and the convention is amended to drop the French axis when it still
     * requires it ({@link Convention#recordFrenchCertificate}).
     *
     * @throws AttendanceRefusedException below A2, before the signature, or when the file is not followed up
     */
    public Recording recordFrenchCertificate(Convention convention, CefrLevel level, LocalDate certifiedOn,
            String issuer, String by, Instant at) {
        CaseFile file = convention.caseFile();
        requireEquivalenceAllowed(convention);
        AxisEquivalence equivalence = AxisEquivalence.frenchCertificate(file, level, certifiedOn, issuer, by, at);
        AxisRequirement french = Attendance.requirementOn(Axis.FRENCH, Attendance.requirementsDayOf(convention));
        if (!french.isCompletedByLevel(level)) {
            throw new AttendanceRefusedException(AttendanceRefusedException.Reason.EQUIVALENCE_NOT_APPLICABLE,
                    "A certificate of " + level + " does not complete the French axis, which needs "
                            + french.completedByLevel() + " or above",
                    Map.of("axis", Axis.FRENCH, "level", level, "minimumLevel", french.completedByLevel()));
        }
        convention.recordFrenchCertificate(level, certifiedOn, by, at);
        equivalences.add(equivalence);
        return afterEquivalence(equivalence, convention);
    }

    /**
     * Records a release from socio-professional orientation from {@code releasedOn}, because the person works, with its
     * evidence: it completes the axis on that day, whatever the hours.
     *
     * @throws AttendanceRefusedException before the signature, or when the file is not followed up
     */
    public Recording recordWorkRelease(Convention convention, LocalDate releasedOn, String evidence, String by,
            Instant at) {
        CaseFile file = convention.caseFile();
        requireEquivalenceAllowed(convention);
        AxisEquivalence equivalence = AxisEquivalence.workRelease(file, releasedOn, evidence, by, at);
        AxisRequirement orientation = Attendance.requirementOn(Axis.SOCIO_PROFESSIONAL,
                Attendance.requirementsDayOf(convention));
        if (!orientation.releasable()) {
            throw new AttendanceRefusedException(AttendanceRefusedException.Reason.EQUIVALENCE_NOT_APPLICABLE,
                    "No release completes " + Axis.SOCIO_PROFESSIONAL + " under " + orientation.legalSource(),
                    Map.of("axis", Axis.SOCIO_PROFESSIONAL));
        }
        equivalences.add(equivalence);
        return afterEquivalence(equivalence, convention);
    }

    /**
     * The attendance of a case file as the ledger holds it now, from its running totals: two queries, whatever the
     * file's history.
     */
    public Attendance attendanceOf(CaseFile caseFile) {
        return Attendance.of(entries.dailyTotalsOf(caseFile.id()), equivalences.findByCaseFile(caseFile.id()));
    }

    /** The attendance of several case files, read in two queries: a list of files does not read them one by one. */
    public Map<UUID, Attendance> attendanceOf(Collection<CaseFile> caseFiles) {
        return attendanceOfFiles(caseFiles.stream().map(CaseFile::id).toList());
    }

    /** The attendance of the case files {@code ids}, read in two queries. */
    public Map<UUID, Attendance> attendanceOfFiles(Collection<UUID> ids) {
        Map<UUID, List<AxisDayTotal>> daysByFile = entries.dailyTotalsOf(ids).stream()
                .collect(Collectors.groupingBy(AxisDayTotal::caseFileId));
        Map<UUID, List<AxisEquivalence>> equivalencesByFile = equivalences.findByCaseFiles(ids).stream()
                .collect(Collectors.groupingBy(AxisEquivalence::caseFileId));
        Map<UUID, Attendance> attendance = new HashMap<>();
        for (UUID id : ids) {
            attendance.put(id, Attendance.of(daysByFile.getOrDefault(id, List.of()),
                    equivalencesByFile.getOrDefault(id, List.of())));
        }
        return attendance;
    }

    /**
     * Moves the case file to {@link CaseFileState#COMPLETED} when every axis its signed convention requires is done,
     * dated on the day the last one was done. Called after a recording whose {@link Recording#parcoursDone()} is true;
     * a file done while suspended is completed once resumed (with this method or {@code AxisProgress.completeParcours}).
     *
     * @return whether the file was completed now
     */
    public boolean completeParcoursIfDone(Convention convention, String by, Instant at) {
        if (!COMPLETABLE.contains(convention.caseFile().state())) {
            return false;
        }
        return completeParcoursIfDone(convention, attendanceOf(convention.caseFile()), by, at);
    }

    /**
     * As {@link #completeParcoursIfDone(Convention, String, Instant)}, with the file's attendance already read (an
     * import reads that of every file it touched at once).
     */
    public boolean completeParcoursIfDone(Convention convention, Attendance attendance, String by, Instant at) {
        CaseFile file = convention.caseFile();
        if (!COMPLETABLE.contains(file.state())) {
            return false;
        }
        Optional<LocalDate> doneOn = attendance.parcoursDoneOn(convention);
        doneOn.ifPresent(day -> file.complete(day, by, at));
        return doneOn.isPresent();
    }

    private Recording afterEntry(AttendanceEntry entry, Convention convention) {
        Attendance attendance = attendanceOf(convention.caseFile());
        return new Recording(entry, null, attendance.axis(entry.axis(), Attendance.requirementsDayOf(convention)),
                attendance.parcoursDoneOn(convention).isPresent());
    }

    private Recording afterEquivalence(AxisEquivalence equivalence, Convention convention) {
        Attendance attendance = attendanceOf(convention.caseFile());
        return new Recording(null, equivalence,
                attendance.axis(equivalence.axis(), Attendance.requirementsDayOf(convention)),
                attendance.parcoursDoneOn(convention).isPresent());
    }

    private static void requireRecordable(Enrolment enrolment, Operator operator, Convention convention) {
        if (!operator.code().equals(enrolment.operatorCode())) {
            refuse(AttendanceRefusedException.Reason.NOT_THE_ENROLMENT_OPERATOR,
                    "Operator " + operator.code() + " is not the operator of the enrolment");
        }
        if (!convention.caseFile().equals(enrolment.caseFile())) {
            refuse(AttendanceRefusedException.Reason.OTHER_CASE_FILE,
                    "The convention is not the one of the enrolment's case file");
        }
        if (!operator.isRecognisedFor(enrolment.axis())) {
            refuse(AttendanceRefusedException.Reason.OPERATOR_NOT_RECOGNISED, "Operator " + operator.code()
                    + " is recognised for " + operator.recognisedAxes() + ", not for " + enrolment.axis(),
                    Map.of("operator", operator.code(), "axis", enrolment.axis(), "recognisedAxes",
                            operator.recognisedAxes()));
        }
        if (!convention.isSigned()) {
            refuse(AttendanceRefusedException.Reason.CONVENTION_NOT_SIGNED, "The convention is not signed");
        }
        if (!convention.requires(enrolment.axis())) {
            refuse(AttendanceRefusedException.Reason.AXIS_NOT_REQUIRED, "The convention in force does not require "
                    + enrolment.axis() + "; it requires " + convention.requiredAxes(),
                    Map.of("axis", enrolment.axis(), "requiredAxes", convention.requiredAxes()));
        }
        CaseFileState state = enrolment.caseFile().state();
        if (!RECORDING.contains(state)) {
            refuse(AttendanceRefusedException.Reason.FILE_NOT_IN_PROGRESS,
                    "The case file is " + state + ": hours are recorded only while it is " + RECORDING,
                    Map.of("state", state, "allowedStates", RECORDING));
        }
    }

    private static void requireWithinEnrolment(Enrolment enrolment, LocalDate sessionDate, Instant at) {
        if (sessionDate.isBefore(enrolment.startDate())) {
            refuse(AttendanceRefusedException.Reason.BEFORE_ENROLMENT_START,
                    "The session is before the start of the enrolment, on " + enrolment.startDate(),
                    Map.of("startDate", enrolment.startDate()));
        }
        enrolment.endDate().filter(sessionDate::isAfter).ifPresent(end -> refuse(
                AttendanceRefusedException.Reason.AFTER_ENROLMENT_END,
                "The session is after the end of the enrolment, on " + end, Map.of("endDate", end)));
        LocalDate today = LocalDate.ofInstant(at, BRUSSELS);
        if (sessionDate.isAfter(today)) {
            refuse(AttendanceRefusedException.Reason.SESSION_IN_FUTURE,
                    "The session is after today, " + today + ": hours are recorded once attended",
                    Map.of("today", today));
        }
    }

    private void requireWithinDailyMaximum(Enrolment enrolment, LocalDate day, BigDecimal added) {
        BigDecimal already = entries.totalOnDay(enrolment.caseFile().personId(), day);
        if (already.add(added).compareTo(maxHoursPerDay) > 0) {
            refuse(AttendanceRefusedException.Reason.DAILY_MAXIMUM_EXCEEDED,
                    "The person would attend " + already.add(added).stripTrailingZeros().toPlainString()
                            + " hours on " + day + ", more than the maximum of "
                            + maxHoursPerDay.stripTrailingZeros().toPlainString() + " hours a day",
                    Map.of("hours", already.add(added), "day", day, "maximum", maxHoursPerDay, "added", added,
                            "already", already));
        }
    }

    private static void requireEquivalenceAllowed(Convention convention) {
        if (!convention.isSigned()) {
            refuse(AttendanceRefusedException.Reason.CONVENTION_NOT_SIGNED,
                    "An equivalence completes an axis of a signed convention");
        }
        CaseFileState state = convention.caseFile().state();
        if (!EQUIVALENCES.contains(state)) {
            refuse(AttendanceRefusedException.Reason.FILE_NOT_IN_PROGRESS,
                    "The case file is " + state + ": equivalences are recorded while it is " + EQUIVALENCES,
                    Map.of("state", state, "allowedStates", EQUIVALENCES));
        }
    }

    private static boolean isQuarterHours(BigDecimal hours) {
        return hours.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() <= 0;
    }

    private static void refuse(AttendanceRefusedException.Reason reason, String message) {
        refuse(reason, message, Map.of());
    }

    private static void refuse(AttendanceRefusedException.Reason reason, String message, Map<String, ?> arguments) {
        throw new AttendanceRefusedException(reason, message, arguments);
    }
}
