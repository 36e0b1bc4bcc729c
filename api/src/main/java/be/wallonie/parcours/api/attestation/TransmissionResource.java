package be.wallonie.parcours.api.attestation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.Ids;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.RequestBounds;

/**
 * The copies of attestations due to a commune or a CPAS (their API clients and clerks): poll the feed, fetch each copy
 * and its PDF, acknowledge it. A copy due to another commune or CPAS answers 404.
 */
@Path("/transmissions")
@Tag(name = "Transmissions (communes and CPAS)")
@RolesAllowed({Roles.COMMUNE_CLIENT, Roles.CPAS_CLIENT})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class TransmissionResource {

    private final TransmissionService transmissions;

    TransmissionResource(TransmissionService transmissions) {
        this.transmissions = transmissions;
    }

    @GET
    @Operation(operationId = "listTransmissions", summary = "The copies due to you since a cursor", description = "In cursor order. Poll with "
            + "`since=` the `nextCursor` of your previous poll (0 the first time): every copy appears exactly once, "
            + "even while attestations are being issued; a revocation brings the copy back with "
            + "`attestationRevoked: true`. With `acknowledged=false`, only the copies not acknowledged yet (a clerk's "
            + "work list; `true`: only those acknowledged), in the same cursor order, paged the same way.")
    @APIResponse(responseCode = "200", description = "One poll", content = @Content(schema = @Schema(implementation = TransmissionResponse.Feed.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    public TransmissionResponse.Feed feed(
            @QueryParam("since") @Min(0) @Max(RequestBounds.JSON_SAFE_INTEGER) @Parameter(example = "0") Long since,
            @QueryParam("acknowledged") @Parameter(description = "Only the copies acknowledged (true) or not "
                    + "acknowledged yet (false); every copy when absent", example = "false", schema = @Schema(type = SchemaType.BOOLEAN)) String acknowledged,
            @QueryParam("limit") @Min(1) @Max(TransmissionService.MAX_LIMIT) @Parameter(example = "50") Integer limit) {
        return transmissions.feed(since == null ? 0 : since, acknowledgedFilter(acknowledged),
                limit == null ? 50 : limit);
    }

    /** {@code true} or {@code false} only: Boolean.valueOf would read any other word as false. */
    private static Boolean acknowledgedFilter(String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ProblemException.invalid(new ProblemException.FieldIssue("acknowledged", "issue.true-or-false"));
        }
        return Boolean.valueOf(value);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTransmission", summary = "A copy, with the attestation's content", description = "Counted as fetched.")
    @APIResponse(responseCode = "200", description = "The copy", content = @Content(schema = @Schema(implementation = TransmissionResponse.Detail.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public TransmissionResponse.Detail get(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return transmissions.read(Ids.uuid(id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(operationId = "downloadTransmissionPdf", summary = "A copy's PDF", description = "The document stored at issue, its SHA-256 in `Repr-Digest`; "
            + "counted as fetched.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response pdf(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return Documents.pdf(transmissions.pdf(Ids.uuid(id)));
    }

    @POST
    @Path("{id}/acknowledgements")
    @Operation(operationId = "acknowledgeTransmission", summary = "Acknowledge a copy", description = "Tells the CRI the copy was received and filed. "
            + "Acknowledging again changes nothing and answers the same.")
    @APIResponse(responseCode = "200", description = "Acknowledged", content = @Content(schema = @Schema(implementation = TransmissionResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public TransmissionResponse acknowledge(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return transmissions.acknowledge(Ids.uuid(id));
    }
}
