package be.wallonie.parcours.api.selfcheck;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;

import be.wallonie.parcours.domain.selfcheck.Answer;
import be.wallonie.parcours.domain.selfcheck.SelfCheckAnswers;
import be.wallonie.parcours.domain.shared.CommuneOfResidence;

/**
 * A newcomer's answers to the public self-check. Every answer is optional: an absent answer counts as DONT_KNOW, and
 * only YES validates a step.
 */
@Schema(name = "SelfCheckRequest")
public record SelfCheckRequest(
        @Schema(description = "the commune said the programme is compulsory for me (annexe I)", example = "YES") Answer mustParticipate,
        @Schema(description = "I received my residence permit", example = "YES") Answer permitReceived,
        @Schema(description = "I went to the CRI", example = "YES") Answer visitedCri,
        @Schema(description = "my social review is done", example = "YES") Answer socialReviewDone,
        @Schema(description = "I signed my convention with the CRI", example = "YES") Answer conventionSigned,
        @Schema(description = "I took the French level test", example = "YES") Answer frenchTestDone,
        @Schema(description = "I attended the rights-and-duties session", example = "YES") Answer rightsAndDutiesAttended,
        @Schema(description = "I attended the 60 hours of citizenship training", example = "NO") Answer citizenship60h,
        @Schema(description = "I attended the 400 hours of French", example = "NO") Answer french400h,
        @Schema(description = "I hold a French certificate of level A2 or above (replaces the 400 hours)", example = "DONT_KNOW") Answer a2Certificate,
        @Schema(description = "I attended the 4 hours of socio-professional orientation, or was released because I work", example = "NO") Answer isp4hOrRelease,
        @Schema(description = "I received my final attestation", example = "NO") Answer finalAttestationReceived,
        @Schema(description = "the day the commune ordered my residence permit, if I know it", example = "2023-08-31") LocalDate permitOrderDate,
        @Size(max = 10) @Pattern(regexp = RequestBounds.OPTIONAL_POSTAL_CODE, message = "{issue.postal-code}") @Schema(description = "the postal code of my home, to find my CRI; blank for none", example = "4000") String postalCode) {

    /** An absent body: nothing answered. */
    static final SelfCheckRequest EMPTY = new SelfCheckRequest(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    SelfCheckAnswers toAnswers(CommuneOfResidence commune) {
        return new SelfCheckAnswers(mustParticipate, permitReceived, visitedCri, socialReviewDone, conventionSigned,
                frenchTestDone, rightsAndDutiesAttended, citizenship60h, french400h, a2Certificate, isp4hOrRelease,
                finalAttestationReceived, permitOrderDate, commune);
    }

    /** The postal code, {@code null} when absent or blank. */
    String givenPostalCode() {
        return postalCode == null || postalCode.isBlank() ? null : postalCode.strip();
    }
}
