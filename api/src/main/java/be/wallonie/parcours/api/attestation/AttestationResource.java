package be.wallonie.parcours.api.attestation;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.Ids;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.api.shared.Versions;

/**
 * The final attestation (<i>attestation de fréquentation</i>) of a case file: issued and revoked by a supervisor of the
 * file's CRI, read and downloaded by its staff.
 */
@Path("/caseFiles/{id}/attestation")
@Tag(name = "Attestations")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class AttestationResource {

    private final CaseFileAttestationService attestations;

    AttestationResource(CaseFileAttestationService attestations) {
        this.attestations = attestations;
    }

    /** Why an attestation is revoked. */
    @Schema(name = "RevokeAttestationRequest")
    public record Revocation(
            @Size(max = RequestBounds.TEXT) @Schema(required = true, example = "Délivrée par erreur : heures encodées en double") String reason) {
    }

    @POST
    @RolesAllowed(Roles.CRI_SUPERVISOR)
    @Operation(operationId = "issueAttestation", summary = "Issue the attestation (supervisors)", description = "Once every axis the convention "
            + "requires is complete (409 otherwise, naming what is missing). Freezes its content, numbers it per CRI "
            + "and year, renders and stores its PDF with its SHA-256, and, for an obliged person, makes a copy due to "
            + "the commune of residence and, for a CPAS beneficiary, to its CPAS. The file moves to "
            + "ATTESTATION_ISSUED. Send the file's ETag in If-Match.")
    @APIResponse(responseCode = "201", description = "Issued; the file's new ETag", content = @Content(schema = @Schema(implementation = AttestationResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    public Response issue(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch) {
        var view = attestations.issue(Ids.uuid(id), ifMatch);
        return Response.created(URI.create("caseFiles/" + id + "/attestation"))
                .entity(view.attestation())
                .tag(Versions.etag(view.version()))
                .build();
    }

    @GET
    @Operation(operationId = "getAttestation", summary = "The attestation of a case file", description = "With the delivery of each copy to the "
            + "commune and the CPAS: PENDING, FETCHED, ACKNOWLEDGED, with times.")
    @APIResponse(responseCode = "200", description = "The attestation", content = @Content(schema = @Schema(implementation = AttestationResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        var view = attestations.get(Ids.uuid(id));
        return Response.ok(view.attestation()).tag(Versions.etag(view.version())).build();
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(operationId = "downloadAttestationPdf", summary = "Download the attestation's PDF", description = "The document stored at issue; its SHA-256 "
            + "is in the `Repr-Digest` header and in the attestation's `pdfSha256`.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response pdf(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return Documents.pdf(attestations.pdf(Ids.uuid(id)));
    }

    @POST
    @Path("revocation")
    @RolesAllowed(Roles.CRI_SUPERVISOR)
    @Operation(operationId = "revokeAttestation", summary = "Revoke the attestation (supervisors)", description = "With a reason. The public "
            + "verification then says revoked, and the commune and the CPAS see the revocation on their copies.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Revocation.class), examples = @ExampleObject(name = "revoke", value = """
            {"reason": "Délivrée par erreur : heures encodées en double"}""")))
    @APIResponse(responseCode = "200", description = "Revoked; the file's new ETag", content = @Content(schema = @Schema(implementation = AttestationResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    public Response revoke(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid Revocation request) {
        var view = attestations.revoke(Ids.uuid(id), ifMatch, request == null ? null : request.reason());
        return Response.ok(view.attestation()).tag(Versions.etag(view.version())).build();
    }
}
