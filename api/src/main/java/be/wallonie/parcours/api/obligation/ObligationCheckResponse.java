package be.wallonie.parcours.api.obligation;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;
import be.wallonie.parcours.domain.obligation.ObligationCode;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.obligation.ObligationVerdict;
import be.wallonie.parcours.domain.obligation.RuleEvaluation;

/** The verdict of the rules engine for one person, with its explanation. */
@Schema(name = "ObligationCheck")
public record ObligationCheckResponse(
        @Schema(example = "OBLIGED") ObligationStatus status,
        @Schema(description = "the provision that decided: D1 to D8 when dispensed, the reason when not in target, GERMAN_SPEAKING_COMMUNE when out of scope; null when obliged", nullable = true, example = "D3") ObligationCode code,
        @Schema(description = "the day by which the attestation is due; null unless OBLIGED", nullable = true, example = "2024-09-10") LocalDate deadline,
        @Schema(description = "the deadline regime (18 months or 3 years); null unless OBLIGED", nullable = true, example = "REGIME_2018") DeadlineRegime regime,
        @Schema(maxLength = ResponseBounds.CRI_CODE, description = "code of the CRI of the commune; null when out of scope", nullable = true, example = "CRIPEL") String cri,
        @Schema(maxLength = 20, description = "the version of the rules that decided, chosen by the permit order date", example = "2018.1") String ruleSetVersion,
        @Schema(uniqueItems = true, description = "the other provisions that also applied, in order of precedence", example = "[\"D6\"]") List<ObligationCode> otherApplicableCodes,
        @Schema(description = "every provision in order of precedence, then the deadline when obliged") List<Trace> explanation) {

    /** One line of the explanation: a provision, its legal source, whether it applied, and the facts it read. */
    @Schema(name = "ObligationCheckTrace")
    public record Trace(
            @Schema(maxLength = ResponseBounds.CODE, description = "the provision's code, or DEADLINE", example = "D3") String rule,
            @Schema(maxLength = ResponseBounds.MESSAGE, example = "Under 18, or aged 65 or over, on the permit order date") String provision,
            @Schema(maxLength = ResponseBounds.MESSAGE, example = "CWASS art. 152/7 §3 and CRWASS (dispense by age)") String legalSource,
            boolean applied,
            @Schema(description = "the request fields and derived values used", example = "{\"referenceDate\": \"2023-03-10\", \"ageOnReferenceDate\": \"29\"}") Map<String, @Size(max = ResponseBounds.MESSAGE) String> facts) {

        static Trace of(RuleEvaluation evaluation) {
            return new Trace(evaluation.code().name(), evaluation.provision(), evaluation.legalSource(),
                    evaluation.applied(), evaluation.facts());
        }

        static Trace of(Deadline deadline, String ruleSetVersion) {
            DeadlineRegime regime = deadline.regime();
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("ruleSetVersion", ruleSetVersion);
            facts.put("regime", regime.name());
            facts.put("months", Integer.toString(regime.months()));
            facts.put("deadline", deadline.date().toString());
            return new Trace("DEADLINE", "Attestation due within " + regime.months()
                    + " months of the permit order date", regime.legalSource(), true, facts);
        }
    }

    public static ObligationCheckResponse of(ObligationVerdict verdict) {
        Deadline deadline = verdict.deadline();
        String version = verdict.ruleSetVersion().id();
        List<Trace> explanation = new ArrayList<>(verdict.explanation().stream().map(Trace::of).toList());
        if (deadline != null) {
            explanation.add(Trace.of(deadline, version));
        }
        return new ObligationCheckResponse(verdict.status(), verdict.code(),
                deadline == null ? null : deadline.date(), deadline == null ? null : deadline.regime(),
                verdict.criCode(), version, verdict.otherApplicableCodes(), List.copyOf(explanation));
    }
}
