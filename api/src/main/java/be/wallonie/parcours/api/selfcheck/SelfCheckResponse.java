package be.wallonie.parcours.api.selfcheck;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.territory.CriResponse;
import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;
import be.wallonie.parcours.domain.selfcheck.SelfCheckResult;
import be.wallonie.parcours.domain.selfcheck.StepProgress;
import be.wallonie.parcours.domain.selfcheck.StepState;
import be.wallonie.parcours.domain.territory.Cri;

/** Where a newcomer stands in the programme, in the language negotiated. */
@Schema(name = "SelfCheck")
public record SelfCheckResponse(
        @Schema(maxLength = ResponseBounds.LANGUAGE, description = "the language of the texts, also in Content-Language", example = "fr") String language,
        @Schema(description = "true in the German-language region, where the German-speaking Community runs its own programme: no step, no date, no CRI") boolean outOfScope,
        @Schema(description = "every step is validated") boolean complete,
        @Schema(description = "the latest day to obtain the attestation; null when it cannot be computed (no order date, permit ordered before 2016-05-19, answered not obliged or no permit)", nullable = true, example = "2025-02-28") LocalDate maxEndDate,
        @Schema(description = "the deadline regime of maxEndDate", nullable = true, example = "REGIME_2018") DeadlineRegime regime,
        @Schema(description = "the steps of the programme, in order") List<Step> steps,
        @Schema(description = "the CRI to contact, from the postal code; null without a postal code or out of scope", nullable = true) CriResponse cri) {

    /** One step of the programme, its state and its texts. */
    @Schema(name = "SelfCheckStep")
    public record Step(
            @Schema(maxLength = ResponseBounds.CODE, example = "FRENCH") String id,
            @Schema(example = "TO_DO") StepState state,
            @Schema(maxLength = ResponseBounds.MESSAGE, example = "Formation en français (400 heures)") String title,
            @Schema(maxLength = ResponseBounds.MESSAGE) String what,
            @Schema(maxLength = ResponseBounds.MESSAGE) String how,
            @Schema(maxLength = ResponseBounds.MESSAGE) String who) {

        static Step of(StepProgress progress, StepTexts.Texts texts) {
            StepTexts.StepText text = texts.of(progress.step());
            return new Step(progress.step().name(), progress.state(), text.title(), text.what(), text.how(),
                    text.who());
        }
    }

    static SelfCheckResponse of(SelfCheckService.Outcome outcome, StepTexts.Texts texts) {
        SelfCheckResult result = outcome.result();
        Deadline end = result.maxEndDate();
        Cri cri = outcome.cri();
        return new SelfCheckResponse(texts.language(), result.outOfScope(), result.complete(),
                end == null ? null : end.date(), end == null ? null : end.regime(),
                result.steps().stream().map(step -> Step.of(step, texts)).toList(),
                cri == null
                        ? null
                        : new CriResponse(cri.code(), cri.name(), cri.seat(), cri.address(), cri.phone(),
                                cri.website()));
    }
}
