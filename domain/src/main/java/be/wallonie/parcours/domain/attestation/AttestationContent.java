package be.wallonie.parcours.domain.attestation;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.convention.Axis;

/**
 * What an attestation states, frozen on the day of issue (domain rules §6): the person's identity, the CRI, the dates
 * of the parcours, each required axis with its hours or equivalence, whether the person was obliged or a volunteer,
 * and the issuing officer. Later changes to the person, the CRI or the hours never change it; the PDF is rendered
 * from it, and only from it.
 *
 * @param person        the identity
 * @param cri           the issuing CRI
 * @param dates         the dates of the parcours
 * @param participation obliged or volunteer
 * @param axes          the required axes, in the order of {@link Axis}
 * @param officerName   the name of the issuing officer
 */
public record AttestationContent(AttestedPerson person, AttestingCri cri, AttestedDates dates,
        Participation participation, List<AxisOutcome> axes, @Size(max = 200) String officerName) {

    public AttestationContent {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(cri, "cri");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(participation, "participation");
        Objects.requireNonNull(officerName, "officerName");
        axes = List.copyOf(axes);
    }

    public boolean obliged() {
        return participation == Participation.OBLIGED;
    }

    public Optional<AxisOutcome> axis(Axis axis) {
        return axes.stream().filter(line -> line.axis() == axis).findFirst();
    }
}
