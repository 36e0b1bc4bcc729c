package be.wallonie.parcours.domain.attendance;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentStatus;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import java.util.Optional;
import java.util.UUID;

/**
 * The enrolments as an operator reaches them to post hours: always through the operator's code, in the query (another
 * operator's enrolment is not found, as if it did not exist), and with the case file locked before a recording, so that
 * the daily maximum and the running totals hold under concurrent postings.
 */
public interface OperatorEnrolments {

    /** The enrolment, if it is one of the operator's. */
    Optional<Enrolment> find(UUID enrolmentId, String operatorCode);

    /**
     * The operator's enrolment, its case file locked for a recording: read {@code for update} (a concurrent recording
     * on the same file waits until this one commits) and its version raised (the CRI's If-Match sees the change).
     */
    Optional<Enrolment> lockForRecording(UUID enrolmentId, String operatorCode);

    /** The operator's enrolments, the latest started first, of one axis and one status when given (not null). */
    Page<Enrolment> list(String operatorCode, Axis axis, EnrolmentStatus status, Paging paging);

    /** The person enrolled: the operator sees their name and birth date only. */
    Person personOf(Enrolment enrolment);
}
