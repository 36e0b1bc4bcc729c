package be.wallonie.parcours.domain.obligation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the explanation of a verdict: a provision, whether it applied, and the facts it used. Facts are written
 * as strings keyed by the request field they come from ({@code permit.orderDate}) or by what was derived from them
 * ({@code ageOnReferenceDate}); they never hold a name.
 */
public record RuleEvaluation(ObligationCode code, ObligationStatus status, boolean applied, String provision,
        String legalSource, Map<String, String> facts) {

    public RuleEvaluation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(legalSource, "legalSource");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    RuleEvaluation(ObligationCode code, boolean applied) {
        this(code, code.status(), applied, code.provision(), code.legalSource(), Map.of());
    }

    /** The same evaluation, with one more fact used. */
    RuleEvaluation with(String fact, Object value) {
        Map<String, String> used = new LinkedHashMap<>(facts);
        used.put(fact, String.valueOf(value));
        return new RuleEvaluation(code, status, applied, provision, legalSource, used);
    }

    /** The same evaluation, with the type of the permit used ({@code none} without a permit). */
    RuleEvaluation withPermitType(ObligationFacts facts) {
        return with("permit.type", facts.permit() == null ? "none" : facts.permit().type());
    }
}
