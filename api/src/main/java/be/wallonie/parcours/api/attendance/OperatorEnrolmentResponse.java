package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.shared.ResponseBounds;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentStatus;
import be.wallonie.parcours.domain.person.Person;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An enrolment as its operator's trainer sees it (docs/architecture.md): the person's name and birth date only, the
 * axis, the dates and status, and the hours done and required on the axis.
 */
@Schema(name = "OperatorEnrolment")
public record OperatorEnrolmentResponse(UUID id, Person person, Axis axis, LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate, EnrolmentStatus status, AxisProgressResponse progress) {

    /** The person, as much as the trainer needs. */
    @Schema(name = "EnrolledPerson")
    public record Person(@Schema(maxLength = ResponseBounds.NAME, example = "El Amrani") String lastName,
            @Schema(maxLength = ResponseBounds.NAME, example = "Amina") String firstNames,
            @Schema(example = "1991-04-17") LocalDate birthDate) {
    }

    static OperatorEnrolmentResponse of(Enrolment enrolment, be.wallonie.parcours.domain.person.Person person,
            AxisProgressResponse progress) {
        return new OperatorEnrolmentResponse(enrolment.id(),
                new Person(person.name().lastName(), person.name().firstNames(), person.birthDate()),
                enrolment.axis(), enrolment.startDate(), enrolment.endDate().orElse(null), enrolment.status(),
                progress);
    }
}
