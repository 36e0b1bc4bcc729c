package be.wallonie.parcours.api.reception;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.FrenchTestWaiver;
import be.wallonie.parcours.domain.reception.NeedDomain;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.SessionFormat;

/** The reception module of a case file: its three parts as recorded, and whether it is complete. */
@Schema(name = "ReceptionModule")
public record ReceptionResponse(UUID caseFileId, @Schema(nullable = true) SocialReview socialReview,
        @Schema(nullable = true) Session rightsAndDutiesSession, @Schema(nullable = true) FrenchTest frenchTest,
        @Schema(nullable = true) FrenchTestWaiver frenchTestWaiver, boolean complete,
        @Schema(nullable = true) LocalDate completedOn) {

    public record SocialReview(LocalDate conductedOn, Map<NeedDomain, ReceptionRequests.Need> needs,
            @Schema(maxLength = ResponseBounds.TEXT) String notes,
            boolean recommendsSocioProfessionalOrientation) {
    }

    public record Session(LocalDate heldOn, SessionFormat format,
            @Schema(maxLength = ResponseBounds.LANGUAGE) String interpreterLanguage) {
    }

    public record FrenchTest(LocalDate takenOn, CefrLevel level) {
    }

    static ReceptionResponse of(ReceptionModule module) {
        return new ReceptionResponse(module.caseFile().id(),
                module.socialReview()
                        .map(review -> new SocialReview(review.conductedOn(),
                                review.needs().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                        entry -> new ReceptionRequests.Need(entry.getValue().level(),
                                                entry.getValue().notes()),
                                        (a, b) -> a, java.util.TreeMap::new)),
                                review.notes(), review.recommendsSocioProfessionalOrientation()))
                        .orElse(null),
                module.rightsAndDutiesSession()
                        .map(session -> new Session(session.heldOn(), session.format(), session.interpreterLanguage()))
                        .orElse(null),
                module.frenchTest().map(test -> new FrenchTest(test.takenOn(), test.level())).orElse(null),
                module.frenchTestWaiver().orElse(null), module.isComplete(), module.completedOn().orElse(null));
    }
}
