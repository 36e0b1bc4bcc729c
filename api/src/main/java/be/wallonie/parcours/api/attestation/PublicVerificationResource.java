package be.wallonie.parcours.api.attestation;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.problem.TooManyRequests;
import be.wallonie.parcours.api.selfcheck.RateLimited;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.RateLimitHeaders;
import be.wallonie.parcours.api.shared.ClientAddress;
import be.wallonie.parcours.api.shared.RateLimiter;
import be.wallonie.parcours.api.shared.RateLimiter.Allowance;
import be.wallonie.parcours.domain.attestation.AttestationVerification;
import be.wallonie.parcours.domain.attestation.VerificationCode;
import be.wallonie.parcours.domain.attestation.VerificationStatus;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;

/**
 * The public verification of an attestation, where its QR code leads. The check of a document (ADR 0031) takes the
 * code and the holder's birth date, both printed on it, and answers match or no match: a code copied onto a forged
 * document does not match its birth date. Nothing personal is answered. No login; rate-limited like the other public
 * endpoints, and per address and per code ({@link VerificationRateLimit}). The check by the code alone is deprecated.
 */
@Path("/public/attestations")
@Tag(name = "Public")
@PermitAll
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class PublicVerificationResource {

    /** The check of a document, which replaces the check by the code alone. */
    static final String SUCCESSOR = "</api/v1/public/attestations/verifications>; rel=\"successor-version\"";

    private final AttestationService attestations;
    private final VerificationRateLimit limits;
    private final RateLimitHeaders allowances;
    private final ClientAddress addresses;

    PublicVerificationResource(AttestationService attestations, VerificationRateLimit limits,
            RateLimitHeaders allowances, ClientAddress addresses) {
        this.attestations = attestations;
        this.limits = limits;
        this.allowances = allowances;
        this.addresses = addresses;
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

    @POST
    @Path("verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyAttestationDocument", summary = "Check an attestation document", description = "With the code "
            + "AND the holder's birth date, both printed on the attestation: `match` true with VALID or REVOKED, the "
            + "day of issue and the CRI; or `match` false, the same answer for an unknown code and for a birth date "
            + "that is not the holder's (a code copied onto a forged document). Nothing about the person. Limited per "
            + "address and per code, whatever the address.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DocumentVerificationRequest.class), examples = @ExampleObject(name = "check", value = """
            {"code": "7K3D-QX9M-2B4T", "birthDate": "1990-04-17"}""")))
    @APIResponse(responseCode = "200", description = "Match or no match", content = @Content(schema = @Schema(implementation = DocumentVerificationResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "429", description = "Too many checks from this address, or of this code")
    public Response verifyDocument(@Valid @NotNull DocumentVerificationRequest request, HttpServerRequest http,
            HttpHeaders headers, UriInfo uri) {
        VerificationCode code = codeOf(request.code());
        Allowance allowance = limits.take(addresses.limitKey(http), code);
        allowances.record(allowance);
        if (allowance.refused()) {
            return TooManyRequests.response(allowance, headers, uri);
        }
        return Response.ok(attestations.verify(code, request.birthDate()).map(DocumentVerificationResponse::of)
                .orElse(DocumentVerificationResponse.NO_MATCH)).build();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "verifyAttestation", deprecated = true, summary = "Verify an attestation by its code alone (deprecated)", description = "Deprecated: "
            + "a code alone does not prove a document, since a forger can print someone else's valid code; use "
            + "`verifyAttestationDocument` (the code and the holder's birth date). By the code printed on it (12 "
            + "characters; case, dashes and the look-alikes O/0, I/L/1 forgiven): VALID or REVOKED, the day of issue "
            + "and the CRI. 404 for a code no attestation has.")
    @APIResponse(responseCode = "200", description = "The verification", headers = {
            @Header(name = "Deprecation", description = "Always `true`: this check is deprecated", schema = @Schema(type = SchemaType.STRING, enumeration = "true")),
            @Header(name = "Link", description = "The successor: the check of a document", schema = @Schema(type = SchemaType.STRING, maxLength = 100))}, content = @Content(schema = @Schema(implementation = Verification.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    public Response verify(
            @PathParam("code") @Parameter(schema = @Schema(ref = ParameterSchemas.VERIFICATION_CODE)) String code) {
        Verification verification = attestations.verify(code).map(Verification::of)
                .orElseThrow(ProblemException::notFound);
        return Response.ok(verification).header("Deprecation", "true").header("Link", SUCCESSOR).build();
    }

    private static VerificationCode codeOf(String text) {
        try {
            return VerificationCode.parse(text);
        } catch (InvalidValueException notACode) {
            throw new InvalidValueException("code", ViolationCode.VERIFICATION_CODE);
        }
    }
}
