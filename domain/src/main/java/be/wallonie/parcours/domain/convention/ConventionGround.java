package be.wallonie.parcours.domain.convention;

import be.wallonie.parcours.domain.reception.CefrLevel;
import java.util.Map;

/**
 * Why the reception module calls for an axis, as a stable code with its named arguments (like a refusal, ADR 0022):
 * the API words it in the reader's language, never in the domain's English.
 *
 * @param code       the ground
 * @param parameters its named arguments ({@code level} and {@code minimumLevel} for {@link Code#FRENCH_BELOW_LEVEL})
 */
public record ConventionGround(Code code, Map<String, Object> parameters) {

    /** The grounds of domain rules §5. */
    public enum Code {
        /** The reception module is always the first axis. */
        FIRST_AXIS,
        /** Citizenship is always required of an obliged person. */
        REQUIRED_OF_OBLIGED,
        /** Citizenship is proposed to every volunteer. */
        PROPOSED_TO_VOLUNTEERS,
        /** The French test found a level below the one that completes the French axis. */
        FRENCH_BELOW_LEVEL,
        /** The social review recommends the socio-professional orientation. */
        RECOMMENDED_BY_SOCIAL_REVIEW
    }

    public ConventionGround {
        parameters = Map.copyOf(parameters);
    }

    static ConventionGround of(Code code) {
        return new ConventionGround(code, Map.of());
    }

    static ConventionGround frenchBelow(CefrLevel level, CefrLevel minimumLevel) {
        return new ConventionGround(Code.FRENCH_BELOW_LEVEL, Map.of("level", level, "minimumLevel", minimumLevel));
    }
}
