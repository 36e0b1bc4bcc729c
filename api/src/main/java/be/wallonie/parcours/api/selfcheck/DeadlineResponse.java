package be.wallonie.parcours.api.selfcheck;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.DeadlineRegime;

/** The deadline calculator's answer. */
@Schema(name = "DeadlineCalculation")
public record DeadlineResponse(
        @Schema(example = "2023-08-31") LocalDate orderDate,
        @Schema(description = "the latest day to obtain the attestation; null when the permit was ordered before the obligation existed", nullable = true, example = "2025-02-28") LocalDate deadline,
        @Schema(nullable = true, example = "REGIME_2018") DeadlineRegime regime,
        @Schema(minimum = "1", maximum = "36", description = "the length of the regime in months", nullable = true, example = "18") Integer months,
        @Schema(maxLength = ResponseBounds.CODE, description = "why there is no deadline: PERMIT_BEFORE_2016 (the obligation applies to permits ordered from 2016-05-19); null otherwise", nullable = true) String reason) {

    static final String PERMIT_BEFORE_2016 = "PERMIT_BEFORE_2016";

    static DeadlineResponse of(LocalDate orderDate, Optional<Deadline> deadline) {
        return deadline
                .map(d -> new DeadlineResponse(orderDate, d.date(), d.regime(), d.regime().months(), null))
                .orElseGet(() -> new DeadlineResponse(orderDate, null, null, null, PERMIT_BEFORE_2016));
    }
}
