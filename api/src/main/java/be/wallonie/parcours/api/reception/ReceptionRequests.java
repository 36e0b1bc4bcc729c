package be.wallonie.parcours.api.reception;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.FrenchTestWaiver;
import be.wallonie.parcours.domain.reception.NeedDomain;
import be.wallonie.parcours.domain.reception.NeedLevel;
import be.wallonie.parcours.domain.reception.SessionFormat;

/** The bodies that record the three parts of the reception module; their bounds are Bean Validation (ADR 0020). */
public final class ReceptionRequests {

    private ReceptionRequests() {
    }

    @Schema(name = "SocialReviewRequest")
    public record SocialReview(@Schema(required = true) LocalDate conductedOn,
            @Size(max = RequestBounds.NEED_DOMAINS) @Schema(required = true, maxProperties = RequestBounds.NEED_DOMAINS, description = "One need per domain, every domain included (NONE when there is none)") Map<NeedDomain, @Valid Need> needs,
            @Size(max = RequestBounds.TEXT) @Schema(example = "Arrivée récente, hébergée par sa sœur") String notes,
            boolean recommendsSocioProfessionalOrientation) {
    }

    @Schema(name = "NeedRequest")
    public record Need(@Schema(required = true) NeedLevel level,
            @Size(max = RequestBounds.TEXT) @Schema(example = "Cherche un logement") String notes) {
    }

    @Schema(name = "RightsAndDutiesSessionRequest")
    public record Session(@Schema(required = true) LocalDate heldOn, @Schema(required = true) SessionFormat format,
            @Size(max = 3) @Pattern(regexp = RequestBounds.LANGUAGE_CODE, message = "{issue.language-code}") @Schema(description = "ISO 639 code of the interpreter's language, when there was one", example = "ar") String interpreterLanguage) {
    }

    @Schema(name = "FrenchTestRequest", description = "Either the test's day and level, or why no test is needed")
    public record FrenchTest(LocalDate takenOn, @Schema(example = "A1") CefrLevel level,
            @Schema(description = "Instead of a test: why none is needed") FrenchTestWaiver waiver) {
    }
}
