package be.wallonie.parcours.api.attestation;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.selfcheck.RateLimited;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.domain.attestation.AttestationVerification;
import be.wallonie.parcours.domain.attestation.VerificationStatus;

/**
 * The public verification of an attestation, where its QR code leads: valid or revoked, the day of issue and the CRI.
 * Nothing personal. No login; rate-limited like the other public endpoints.
 */
@Path("/public/attestations")
@Tag(name = "Public")
@PermitAll
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class PublicVerificationResource {

    private final AttestationService attestations;

    PublicVerificationResource(AttestationService attestations) {
        this.attestations = attestations;
    }

    /** What anyone may know of an attestation from its code. */
    @Schema(name = "AttestationVerification")
    public record Verification(VerificationStatus status, LocalDate issuedOn, Cri cri,
            @Schema(nullable = true) LocalDate revokedOn) {

        /** The issuing CRI. */
        @Schema(name = "VerifyingCri")
        public record Cri(@Schema(maxLength = ResponseBounds.CRI_CODE, example = "CRIPEL") String code,
                @Schema(maxLength = ResponseBounds.NAME) String name) {
        }

        static Verification of(AttestationVerification verification) {
            return new Verification(verification.status(), verification.issuedOn(),
                    new Cri(verification.criCode(), verification.criName()), verification.revokedOn());
        }
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "verifyAttestation", summary = "Verify an attestation", description = "By the code printed on it (12 characters; case, "
            + "dashes and the look-alikes O/0, I/L/1 forgiven): VALID or REVOKED, the day of issue and the CRI. 404 "
            + "for a code no attestation has.")
    @APIResponse(responseCode = "200", description = "The verification", content = @Content(schema = @Schema(implementation = Verification.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Verification verify(
            @PathParam("code") @Parameter(schema = @Schema(ref = ParameterSchemas.VERIFICATION_CODE)) String code) {
        return attestations.verify(code).map(Verification::of).orElseThrow(ProblemException::notFound);
    }
}
