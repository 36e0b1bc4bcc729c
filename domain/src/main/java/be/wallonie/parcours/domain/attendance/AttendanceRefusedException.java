package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.shared.Refusal;
import java.util.Map;

/** Hours, a correction or an equivalence that the rules refuse, with the reason. */
public class AttendanceRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    /** Why the recording is refused. */
    public enum Reason {
        /** The operator posting the hours is not the operator of the enrolment. */
        NOT_THE_ENROLMENT_OPERATOR,
        /** The Walloon Region does not (or no longer) recognise the enrolment's operator for the axis. */
        OPERATOR_NOT_RECOGNISED,
        /** The convention is not signed. */
        CONVENTION_NOT_SIGNED,
        /** The convention in force does not require the axis. */
        AXIS_NOT_REQUIRED,
        /** The case file is not in progress: hours are recorded only while the person trains. */
        FILE_NOT_IN_PROGRESS,
        /** The session is before the start of the enrolment. */
        BEFORE_ENROLMENT_START,
        /** The session is after the end (completion or withdrawal) of the enrolment. */
        AFTER_ENROLMENT_END,
        /** The session is in the future. */
        SESSION_IN_FUTURE,
        /** The person's hours of the day, all axes and operators together, would exceed the daily maximum. */
        DAILY_MAXIMUM_EXCEEDED,
        /** The correction would leave the session with fewer than 0 hours (or more than 24). */
        NET_HOURS_OUT_OF_RANGE,
        /** The correction changes nothing: the session already counts these hours. */
        NOTHING_TO_CORRECT,
        /** The entry corrected belongs to another enrolment. */
        OTHER_ENROLMENT,
        /** A correction is corrected through the session it corrects, never itself. */
        CORRECTION_OF_A_CORRECTION,
        /** The enrolment, convention or equivalence belong to another case file. */
        OTHER_CASE_FILE,
        /** The equivalence does not complete the axis (a certificate below A2, an axis without release). */
        EQUIVALENCE_NOT_APPLICABLE
    }

    /** The family of the codes, {@code ATTENDANCE_REFUSED.<reason>}. */
    public static final String FAMILY = "ATTENDANCE_REFUSED";

    public AttendanceRefusedException(Reason reason, String message) {
        super(FAMILY, reason, message);
    }

    /**
     * A refusal with the facts that explain it, by name (states, axes, hours, dates, codes), which the API renders in
     * the reader's language; {@code message} is English, for the logs.
     */
    public AttendanceRefusedException(Reason reason, String message, Map<String, ?> arguments) {
        super(FAMILY, reason, message, arguments);
    }
}
