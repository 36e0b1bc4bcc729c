package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.idempotency.Idempotency;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.Ids;
import be.wallonie.parcours.api.shared.PageRequest;
import be.wallonie.parcours.api.shared.PageResponse;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.RequestBounds;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The enrolments of the trainer's operator and the hours it posts (docs/api-guide-operators.md). Another operator's
 * enrolment answers 404. Postings send an {@code Idempotency-Key}: the same key and body answer the first answer again
 * (header {@code Idempotency-Replayed: true}) and record nothing.
 */
@Path("/enrolments")
@Tag(name = "Attendance")
@RolesAllowed(Roles.OPERATOR_TRAINER)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class OperatorEnrolmentResource {

    /** The schema of the Idempotency-Key header: the bound {@link Idempotency#requireKey} checks. */
    private static final String KEY_DESCRIPTION = "a key of your own, unique per posting (a UUID): 1 to "
            + Idempotency.MAX_KEY_LENGTH + " printable ASCII characters";

    private final OperatorEnrolmentService enrolments;

    OperatorEnrolmentResource(OperatorEnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @GET
    @Operation(operationId = "listOperatorEnrolments", summary = "The enrolments with your operator", description = "The latest started first, optionally of "
            + "one `axis` and one `status`; each with the person's name and birth date (nothing else of the person) "
            + "and the hours done and required on the axis.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, pageSize, total}")
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    public PageResponse<OperatorEnrolmentResponse> list(
            @QueryParam("axis") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"CITIZENSHIP",
                    "FRENCH",
                    "SOCIO_PROFESSIONAL"}), example = "CITIZENSHIP") String axis,
            @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"ACTIVE",
                    "COMPLETED",
                    "WITHDRAWN"}), example = "ACTIVE") String status,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("pageSize") @Min(1) @Max(PageRequest.MAX_PAGE_SIZE) Integer pageSize) {
        return enrolments.list(axis, status, PageRequest.of(page, pageSize));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOperatorEnrolment", summary = "One enrolment with your operator", description = "The person's name and birth date, the "
            + "axis, the dates and status, the hours done and required.")
    @APIResponse(responseCode = "200", description = "The enrolment", content = @Content(schema = @Schema(implementation = OperatorEnrolmentResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public OperatorEnrolmentResponse get(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return enrolments.get(Ids.uuid(id));
    }

    @GET
    @Path("{id}/attendance")
    @Operation(operationId = "listAttendanceEntries", summary = "The hours recorded for an enrolment", description = "Sessions and corrections, by session "
            + "date then recording time; a correction holds the signed change it brings to its session.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(schema = @Schema(implementation = AttendanceEntryResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<AttendanceEntryResponse> entries(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return enrolments.entries(Ids.uuid(id));
    }

    @POST
    @Path("{id}/attendance")
    @Operation(operationId = "recordSession", summary = "Record the hours of a session", description = "Hours in quarter hours; the session within "
            + "the enrolment and not after today; the person's day within the daily maximum (8 h, every operator); "
            + "the file in progress (409 otherwise, with the rule's code). Answers the entry and the axis' new "
            + "totals; the last hour required completes the parcours. `Idempotency-Key` required.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AttendanceRequests.Session.class), examples = @ExampleObject(name = "session", value = """
            {"sessionDate": "2026-11-20", "hours": 3, "note": "Module 2 : institutions"}""")))
    @APIResponse(responseCode = "201", description = "Recorded (or, with `Idempotency-Replayed: true`, recorded before with this key)", content = @Content(schema = @Schema(implementation = RecordingResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.KEY_REUSED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response record(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(Idempotency.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = KEY_DESCRIPTION, example = "7c0e6f8a-2b1d-4e5f-9a3c-1d2e3f4a5b6c", schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH, pattern = RequestBounds.IDEMPOTENCY_KEY_CHARACTERS)) String key,
            @Valid AttendanceRequests.Session request) {
        return enrolments.record(Ids.uuid(id), key,
                request == null ? new AttendanceRequests.Session(null, null, null) : request);
    }

    @POST
    @Path("{id}/attendance/{entryId}/corrections")
    @Operation(operationId = "correctSession", summary = "Correct or reverse a session", description = "`newHours` (the hours the session counts from "
            + "now on) or `reverse: true` (0 hours: the person did not attend), with a `reason`. The session is never "
            + "changed: the correction is a new entry with the signed difference. `Idempotency-Key` required.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AttendanceRequests.Correction.class), examples = {
            @ExampleObject(name = "newHours", value = """
                    {"newHours": 2.5, "reason": "Départ à 11 h 30, non encodé"}"""),
            @ExampleObject(name = "reverse", value = """
                    {"reverse": true, "reason": "Absente : encodée par erreur"}""")}))
    @APIResponse(responseCode = "201", description = "The correction", content = @Content(schema = @Schema(implementation = RecordingResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.KEY_REUSED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response correct(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @PathParam("entryId") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String entryId,
            @HeaderParam(Idempotency.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH, pattern = RequestBounds.IDEMPOTENCY_KEY_CHARACTERS)) String key,
            @Valid AttendanceRequests.Correction request) {
        return enrolments.correct(Ids.uuid(id), Ids.uuid(entryId), key,
                request == null ? new AttendanceRequests.Correction(null, null, null) : request);
    }
}
