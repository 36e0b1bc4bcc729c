package be.wallonie.parcours.api.reception;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.FrenchTestWaiver;
import be.wallonie.parcours.domain.reception.NeedDomain;
import be.wallonie.parcours.domain.reception.NeedLevel;
import be.wallonie.parcours.domain.reception.SessionFormat;

/** The bodies that record the three parts of the reception module. */
public final class ReceptionRequests {

    private ReceptionRequests() {
    }

    @Schema(name = "SocialReviewRequest")
    public record SocialReview(@Schema(required = true) LocalDate conductedOn,
            @Schema(required = true, description = "One need per domain, every domain included (NONE when there is none)") Map<NeedDomain, Need> needs,
            String notes, boolean recommendsSocioProfessionalOrientation) {
    }

    @Schema(name = "NeedRequest")
    public record Need(@Schema(required = true) NeedLevel level, String notes) {
    }

    @Schema(name = "RightsAndDutiesSessionRequest")
    public record Session(@Schema(required = true) LocalDate heldOn, @Schema(required = true) SessionFormat format,
            @Schema(description = "ISO 639 code of the interpreter's language, when there was one", example = "ar") String interpreterLanguage) {
    }

    @Schema(name = "FrenchTestRequest", description = "Either the test's day and level, or why no test is needed")
    public record FrenchTest(LocalDate takenOn, @Schema(example = "A1") CefrLevel level,
            @Schema(description = "Instead of a test: why none is needed") FrenchTestWaiver waiver) {
    }
}
