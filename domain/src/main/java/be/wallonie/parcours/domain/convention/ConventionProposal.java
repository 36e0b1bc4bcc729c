package be.wallonie.parcours.domain.convention;

import be.wallonie.parcours.domain.casefile.Participation;
import be.wallonie.parcours.domain.reception.FrenchTest;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.SocialReview;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The axes the reception module calls for (domain rules §5), each with its ground:
 * <ul>
 * <li>{@link Axis#RECEPTION} always, as the first axis;</li>
 * <li>{@link Axis#CITIZENSHIP} always: required of an obliged person, proposed to a volunteer too (a volunteer's
 * convention may later be amended without it);</li>
 * <li>{@link Axis#FRENCH} when the French test found a level below the one that completes the French axis (A2); not
 * when the test is waived;</li>
 * <li>{@link Axis#SOCIO_PROFESSIONAL} when the social review recommends the orientation.</li>
 * </ul>
 *
 * @param grounds each proposed axis and why, in the order of {@link Axis}
 */
public record ConventionProposal(Map<Axis, String> grounds) {

    public ConventionProposal {
        grounds = Collections.unmodifiableMap(new EnumMap<>(grounds));
    }

    /**
     * @param on the day of the proposal, which chooses the legal thresholds
     * @throws ConventionException when the social review or the French test is missing
     */
    public static ConventionProposal from(ReceptionModule reception, Participation participation, LocalDate on) {
        SocialReview review = reception.socialReview().orElse(null);
        if (review == null || !reception.frenchTestSettled()) {
            throw new ConventionException(ConventionException.Reason.RECEPTION_NOT_READY,
                    "A convention is proposed once the social review and the French test (or its waiver) are recorded");
        }
        Map<Axis, String> grounds = new EnumMap<>(Axis.class);
        grounds.put(Axis.RECEPTION, "always the first axis");
        grounds.put(Axis.CITIZENSHIP, participation == Participation.OBLIGED
                ? "always required of an obliged person"
                : "proposed to every volunteer");
        AxisRequirement french = LegalThresholds.requirementFor(Axis.FRENCH, on);
        reception.frenchTest()
                .map(FrenchTest::level)
                .filter(level -> !french.isCompletedByLevel(level))
                .ifPresent(level -> grounds.put(Axis.FRENCH,
                        "French test level " + level + " is below " + french.completedByLevel()));
        if (review.recommendsSocioProfessionalOrientation()) {
            grounds.put(Axis.SOCIO_PROFESSIONAL, "recommended by the social review");
        }
        return new ConventionProposal(grounds);
    }

    public Set<Axis> axes() {
        return grounds.keySet();
    }
}
