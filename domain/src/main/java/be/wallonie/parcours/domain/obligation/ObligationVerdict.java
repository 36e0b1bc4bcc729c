package be.wallonie.parcours.domain.obligation;

import java.util.List;
import java.util.Objects;

/**
 * The answer of the obligation rules for one person.
 *
 * @param status                 the verdict
 * @param code                   the provision that decided; {@code null} when {@link ObligationStatus#OBLIGED}
 * @param deadline               the day by which the attestation is due, and its regime; only when obliged
 * @param criCode                the CRI of the commune of residence; {@code null} when out of scope
 * @param ruleSetVersion         the version of the rules that decided
 * @param explanation            every provision, in order of precedence: whether it applied and the facts it used
 * @param otherApplicableCodes   the provisions that also applied, after the one that decided
 */
public record ObligationVerdict(ObligationStatus status, ObligationCode code, Deadline deadline, String criCode,
        RuleSetVersion ruleSetVersion, List<RuleEvaluation> explanation, List<ObligationCode> otherApplicableCodes) {

    public ObligationVerdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        explanation = List.copyOf(explanation);
        otherApplicableCodes = List.copyOf(otherApplicableCodes);
        boolean obliged = status == ObligationStatus.OBLIGED;
        if (obliged != (code == null) || obliged != (deadline != null)) {
            throw new IllegalArgumentException("an obliged verdict has a deadline and no code, any other a code only");
        }
        if (code != null && code.status() != status) {
            throw new IllegalArgumentException(code + " gives " + code.status() + ", not " + status);
        }
        if ((status == ObligationStatus.OUT_OF_SCOPE) != (criCode == null)) {
            throw new IllegalArgumentException("only an out-of-scope verdict has no CRI");
        }
    }
}
