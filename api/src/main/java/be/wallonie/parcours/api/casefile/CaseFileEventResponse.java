package be.wallonie.parcours.api.casefile;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.casefile.CaseFileEvent;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileState;

/** One entry of a case file's timeline: who did what, when, why. */
@Schema(name = "CaseFileEvent")
public record CaseFileEventResponse(@Schema(minimum = "1", maximum = "2147483647") int sequence, CaseFileEventType type,
        @Schema(required = true, maxLength = ResponseBounds.MESSAGE, description = "What happened, in one sentence in the language of Accept-Language (names, never codes or ids)", example = "Inscription en français chez Espace Citoyen Liège") String summary,
        @Schema(description = "Transitions only: the state left", nullable = true) CaseFileState fromState,
        @Schema(description = "Transitions only: the state reached", nullable = true) CaseFileState toState,
        @Schema(description = "The business date: of the signature, the interview, the new deadline...", nullable = true) LocalDate occurredOn,
        @Schema(maxLength = ResponseBounds.TEXT, nullable = true, description = "Why, as staff wrote it; a motive Parcours wrote itself in the language of Accept-Language") String reason,
        @Schema(maxLength = 1000, description = "Codes completing the entry (an axis, an operator), never a personal value", nullable = true, example = "axis=CITIZENSHIP, operator=ILI-LIEGE") String detail,
        @Schema(maxLength = ResponseBounds.USERNAME) String recordedBy, Instant recordedAt) {

    static CaseFileEventResponse of(CaseFileEvent event, TimelineSentences sentences) {
        return new CaseFileEventResponse(event.sequence(), event.type(), sentences.sentence(event), event.fromState(),
                event.toState(), event.occurredOn(), sentences.reason(event), event.detail(), event.recordedBy(),
                event.recordedAt());
    }
}
