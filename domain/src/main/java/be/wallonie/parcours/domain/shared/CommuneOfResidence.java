package be.wallonie.parcours.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The commune where a person lives, as the rules read it: its NIS code and the territory it belongs to: the code of the CRI (<i>centre régional
 * d'intégration</i>) that serves it, or {@value #GERMAN_SPEAKING_COMMUNITY} for the nine communes of the German-language
 * region, where the German-speaking Community runs its own programme (CWASS art. 150, al. 1, 1°: the Walloon programme
 * concerns the French-language region only).
 * <p>
 * The assignment of a commune to a CRI is reference data that an administrator can change; this value is the resolved
 * assignment at the time of use, taken from the reference entity {@link be.wallonie.parcours.domain.territory.Commune}.
 */
public record CommuneOfResidence(NisCode nisCode, String criCode) {

    /** The territory code of the German-language region in the reference data. */
    public static final String GERMAN_SPEAKING_COMMUNITY = "DG";

    private static final Pattern TERRITORY_CODE = Pattern.compile("[A-Z]{2,10}");

    public CommuneOfResidence {
        Objects.requireNonNull(nisCode, "nisCode");
        if (criCode == null || !TERRITORY_CODE.matcher(criCode).matches()) {
            throw new InvalidValueException("criCode", ViolationCode.CRI_CODE);
        }
    }

    /** Whether the commune lies in the German-language region, outside the scope of the Walloon programme. */
    public boolean isGermanSpeaking() {
        return GERMAN_SPEAKING_COMMUNITY.equals(criCode);
    }
}
