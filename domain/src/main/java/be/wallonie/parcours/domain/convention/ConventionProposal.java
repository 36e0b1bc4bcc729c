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
public record ConventionProposal(Map<Axis, ConventionGround> grounds) {

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
        Map<Axis, ConventionGround> grounds = new EnumMap<>(Axis.class);
        grounds.put(Axis.RECEPTION, ConventionGround.of(ConventionGround.Code.FIRST_AXIS));
        grounds.put(Axis.CITIZENSHIP, ConventionGround.of(participation == Participation.OBLIGED
                ? ConventionGround.Code.REQUIRED_OF_OBLIGED
                : ConventionGround.Code.PROPOSED_TO_VOLUNTEERS));
        AxisRequirement french = LegalThresholds.requirementFor(Axis.FRENCH, on);
        reception.frenchTest()
                .map(FrenchTest::level)
                .filter(level -> !french.isCompletedByLevel(level))
                .ifPresent(level -> grounds.put(Axis.FRENCH,
                        ConventionGround.frenchBelow(level, french.completedByLevel())));
        if (review.recommendsSocioProfessionalOrientation()) {
            grounds.put(Axis.SOCIO_PROFESSIONAL,
                    ConventionGround.of(ConventionGround.Code.RECOMMENDED_BY_SOCIAL_REVIEW));
        }
        return new ConventionProposal(grounds);
    }

    public Set<Axis> axes() {
        return grounds.keySet();
    }
}
