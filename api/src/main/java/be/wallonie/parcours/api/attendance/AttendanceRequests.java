package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.domain.reception.CefrLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;
/** The bodies of the attendance postings; their bounds are Bean Validation (ADR 0020). */
public final class AttendanceRequests {

    private AttendanceRequests() {
    }

    /** The hours of a session attended. */
    @Schema(name = "RecordSessionRequest")
    public record Session(
            @Schema(description = "the day of the session, not after today", example = "2026-11-20") LocalDate sessionDate,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Schema(description = "hours attended, in quarter hours, more than 0 and at most 24", example = "2.75") BigDecimal hours,
            @Size(max = RequestBounds.SESSION_NOTE) @Schema(description = "a free note of the trainer", nullable = true, example = "Séance 4 : le logement") String note) {
    }

    /** A correction of a session: its new hours, or its reversal, with a reason. */
    @Schema(name = "CorrectSessionRequest")
    public record Correction(
            @DecimalMin("0") @DecimalMax("24") @Schema(description = "the hours the session counts from now on, in quarter hours, more than 0 and at most 24; or reverse", nullable = true, example = "2.5") BigDecimal newHours,
            @Schema(description = "true to bring the session to 0 hours (the person did not attend)", nullable = true) Boolean reverse,
            @Size(max = RequestBounds.TEXT) @Schema(description = "why", example = "Départ anticipé non encodé") String reason) {
    }

    /** A certificate of French of A2 or above. */
    @Schema(name = "FrenchCertificateRequest")
    public record FrenchCertificate(
            @Schema(example = "A2") CefrLevel level,
            @Schema(example = "2026-11-10") LocalDate certifiedOn,
            @Size(max = RequestBounds.NAME) @Schema(example = "Alliance française de Liège") String issuer) {
    }

    /** A release from socio-professional orientation because the person works. */
    @Schema(name = "WorkReleaseRequest")
    public record WorkRelease(
            @Schema(example = "2026-11-02") LocalDate releasedOn,
            @Size(max = RequestBounds.TEXT) @Schema(example = "Contrat de travail du 2026-11-02") String evidence) {
    }
}
