package be.wallonie.parcours.api.casefile;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import be.wallonie.parcours.api.shared.PageRequest;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.api.shared.Versions;
import be.wallonie.parcours.domain.casefile.CaseFileState;

/**
 * The case files (<i>parcours</i>) of the caller's CRI: open, read, list by work queue, and the transitions staff
 * decide. Every change sends the file's ETag in If-Match and answers the new one. Another CRI's file answers 404.
 */
@Path("/caseFiles")
@Tag(name = "Case files")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class CaseFileResource {

    private final CaseFileService caseFiles;
    private final CaseFileLists lists;

    CaseFileResource(CaseFileService caseFiles, CaseFileLists lists) {
        this.caseFiles = caseFiles;
        this.lists = lists;
    }

    @POST
    @Operation(operationId = "openCaseFile", summary = "Open a person's case file", description = "From the person's latest assessment: obliged "
            + "(with its deadline) or volunteer. The person must live on your CRI's territory and have no current "
            + "file.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseFileRequests.Open.class), examples = @ExampleObject(name = "open", value = """
            {"personId": "5d1c7a8e-2f4b-4c3a-9e1d-7a6b5c4d3e2f", "openedOn": "2026-11-02"}""")))
    @APIResponse(responseCode = "201", description = "Opened; Location and ETag set", content = @Content(schema = @Schema(implementation = CaseFileResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response open(@Valid CaseFileRequests.Open request) {
        var view = caseFiles.open(request == null ? new CaseFileRequests.Open(null, null) : request);
        return Response.created(URI.create("caseFiles/" + view.caseFile().id()))
                .entity(view.caseFile())
                .tag(Versions.etag(view.version()))
                .build();
    }

    @GET
    @Operation(operationId = "listCaseFiles", summary = "The case files of your CRI, or one of its work queues", description = "Without `queue`: "
            + "every file, the most recently opened first. With `queue`: `atRisk` (final deadline within 90 days and an "
            + "axis unfinished), `overdue` (a deadline passed undone), `reviewDue` (an evaluation interview due within 30 "
            + "days or overdue), the most urgent first (the earliest deadline not done yet, then the id); `new` (opened, "
            + "reception not started), the latest first; `attestationsToIssue` (completed: the attestation can be "
            + "issued), the longest waiting first. Filters, all optional and combined: `state`, `commune` (the "
            + "person's commune of residence), `axis` (an axis still to do), `late`; `sort` changes the order. Pages by "
            + "`page` or, steadier, by the `cursor` each answer gives as `nextCursor`. The same list as a spreadsheet: "
            + "GET /caseFiles.csv (exportCaseFiles).")
    @APIResponse(responseCode = "200", description = "One page: {items, page, pageSize, total, nextCursor}", content = @Content(schema = @Schema(implementation = CaseFilePageResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    public CaseFilePageResponse list(@BeanParam ListParameters parameters,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) @Parameter(description = "From 1; ignored with `cursor`") Integer page,
            @QueryParam("pageSize") @Min(1) @Max(PageRequest.MAX_PAGE_SIZE) Integer pageSize,
            @QueryParam("cursor") @Size(max = RequestBounds.CURSOR) @Pattern(regexp = RequestBounds.CURSOR_CHARACTERS, message = "{issue.cursor}") @Parameter(description = "The `nextCursor` of the previous page: the page after "
                    + "it, by keyset (opaque; `page` is then ignored)") String cursor) {
        return lists.list(parameters.query(), PageRequest.of(page, pageSize), cursor);
    }

    @POST
    @Path("query")
    @Operation(operationId = "searchCaseFiles", summary = "Find a file of your CRI by name, national number, phone or number", description = "What "
            + "is typed in the back office's search box: words of the person's names (3 characters at least, accents "
            + "and case ignored; every word must match), a national number, a phone number (6 digits or more, any "
            + "spacing) or the start of the file's number (8 digits of its id or more). In the body, since it may be a "
            + "national number. At most 10 files, by name; `total` counts every match. Another CRI's files are "
            + "neither returned nor counted; a transferred file is found by its number only.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseFileRequests.Search.class), examples = @ExampleObject(name = "by name", value = """
            {"text": "amrani"}""")))
    @APIResponse(responseCode = "200", description = "The first files found: {items, page, pageSize, total}", content = @Content(schema = @Schema(implementation = CaseFilePageResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public CaseFilePageResponse search(@Valid @NotNull CaseFileRequests.Search request) {
        return lists.search(request.text());
    }

    /** The filters of a list, in its URL so that it can be bookmarked. */
    public static final class ListParameters {
        @QueryParam("queue")
        @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"atRisk", "overdue", "reviewDue", "new",
                "attestationsToIssue"}), example = "atRisk")
        String queue;
        @QueryParam("state")
        @Parameter(schema = @Schema(implementation = CaseFileState.class), example = "IN_PROGRESS")
        String state;
        @QueryParam("commune")
        @Size(max = 5)
        @Parameter(description = "The NIS code of the person's commune of residence", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{5}$", maxLength = 5), example = "92094")
        String commune;
        @QueryParam("axis")
        @Parameter(description = "An axis the followed-up file has still to do", schema = @Schema(type = SchemaType.STRING, enumeration = {
                "RECEPTION", "CITIZENSHIP", "FRENCH"}), example = "FRENCH")
        String axis;
        @QueryParam("late")
        @Parameter(description = "`true`: followed up with a deadline passed undone; `false`: the others", schema = @Schema(type = SchemaType.BOOLEAN))
        String late;
        @QueryParam("sort")
        @Parameter(description = "`deadline` (the earliest deadline not done first), `recent` (the latest opened first), "
                + "`oldest`; by default the queue's order, or `recent`", schema = @Schema(type = SchemaType.STRING, enumeration = {
                        "deadline", "recent", "oldest"}), example = "deadline")
        String sort;

        CaseFileListQuery query() {
            return new CaseFileListQuery(queue, state, commune, axis, late, sort);
        }
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCaseFile", summary = "A case file", description = "Its state, the deadlines and the axes computed today, the work "
            + "queues it is in, the steps it can take next; the ETag to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(schema = @Schema(implementation = CaseFileResponse.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return ok(caseFiles.get(Ids.uuid(id)));
    }

    @GET
    @Path("{id}/events")
    @Operation(operationId = "listCaseFileEvents", summary = "A case file's timeline", description = "Every transition and record, oldest first: who, "
            + "when, why.")
    @APIResponse(responseCode = "200", description = "The timeline", content = @Content(schema = @Schema(implementation = CaseFileEventResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<CaseFileEventResponse> events(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return caseFiles.events(Ids.uuid(id));
    }

    @POST
    @Path("{id}/suspensions")
    @Operation(operationId = "suspendCaseFile", summary = "Suspend a case file", description = "Illness, a stay abroad...: the file pauses; the final "
            + "deadline keeps running (a supervisor may extend it).")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseFileRequests.Suspend.class), examples = @ExampleObject(name = "suspend", value = """
            {"reason": "Hospitalisation", "on": "2026-11-20"}""")))
    @APIResponse(responseCode = "200", description = "The suspended file and its new ETag", content = @Content(schema = @Schema(implementation = CaseFileResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response suspend(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid CaseFileRequests.Suspend request) {
        return ok(caseFiles.suspend(Ids.uuid(id), ifMatch,
                request == null ? new CaseFileRequests.Suspend(null, null) : request));
    }

    @POST
    @Path("{id}/resumptions")
    @Operation(operationId = "resumeCaseFile", summary = "Resume a suspended case file", description = "It returns to the state it was suspended in.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseFileRequests.Resume.class), examples = @ExampleObject(name = "resume", value = """
            {"on": "2026-12-01"}""")))
    @APIResponse(responseCode = "200", description = "The resumed file and its new ETag", content = @Content(schema = @Schema(implementation = CaseFileResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response resume(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid CaseFileRequests.Resume request) {
        return ok(caseFiles.resume(Ids.uuid(id), ifMatch,
                request == null ? new CaseFileRequests.Resume(null) : request));
    }

    @POST
    @Path("{id}/closure")
    @Operation(operationId = "closeCaseFile", summary = "Close a case file without an attestation", description = "With a reason (a note is "
            + "required for OTHER). The file becomes read-only.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseFileRequests.Close.class), examples = @ExampleObject(name = "close", value = """
            {"reason": "LEFT_BELGIUM", "on": "2026-11-20"}""")))
    @APIResponse(responseCode = "200", description = "The closed file", content = @Content(schema = @Schema(implementation = CaseFileResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response close(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid CaseFileRequests.Close request) {
        return ok(caseFiles.close(Ids.uuid(id), ifMatch,
                request == null ? new CaseFileRequests.Close(null, null, null) : request));
    }

    @POST
    @Path("{id}/transfers")
    @RolesAllowed(Roles.CRI_SUPERVISOR)
    @Operation(operationId = "transferCaseFile", summary = "Transfer a case file to another CRI (supervisors)", description = "The person moved to a "
            + "commune of another CRI: this file is frozen (your CRI keeps reading its own history) and a new file "
            + "opens at the other CRI, with the same participation and deadline. `toCri` defaults to the CRI of the "
            + "person's commune of residence.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseFileRequests.Transfer.class), examples = @ExampleObject(name = "transfer", value = """
            {"toCri": "CAI", "reason": "Déménagement à Namur", "on": "2026-11-20"}""")))
    @APIResponse(responseCode = "200", description = "Your file, now TRANSFERRED, with `transferredTo`", content = @Content(schema = @Schema(implementation = CaseFileResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response transfer(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid CaseFileRequests.Transfer request) {
        return ok(caseFiles.transfer(Ids.uuid(id), ifMatch,
                request == null ? new CaseFileRequests.Transfer(null, null, null) : request));
    }

    @POST
    @Path("{id}/deadlineExtensions")
    @RolesAllowed(Roles.CRI_SUPERVISOR)
    @Operation(operationId = "extendDeadline", summary = "Extend the final deadline (supervisors)", description = "Of an obliged person, to a later "
            + "day, with a reason; the sub-deadlines and work queues are recomputed.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseFileRequests.ExtendDeadline.class), examples = @ExampleObject(name = "extend", value = """
            {"newDeadline": "2028-09-10", "reason": "Liste d'attente pour les cours de français"}""")))
    @APIResponse(responseCode = "201", description = "Extended: the file with its new final deadline", content = @Content(schema = @Schema(implementation = CaseFileResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response extendDeadline(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid CaseFileRequests.ExtendDeadline request) {
        var view = caseFiles.extendDeadline(Ids.uuid(id), ifMatch,
                request == null ? new CaseFileRequests.ExtendDeadline(null, null) : request);
        return Response.status(Response.Status.CREATED).entity(view.caseFile()).tag(Versions.etag(view.version()))
                .build();
    }

    @POST
    @Path("{id}/evaluationInterviews")
    @Operation(operationId = "recordEvaluationInterview", summary = "Record an evaluation interview", description = "Held with the person once the convention "
            + "is signed; the next one is due 6 months later.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CaseFileRequests.Interview.class), examples = @ExampleObject(name = "interview", value = """
            {"heldOn": "2026-11-18", "notes": "Assidu aux cours de citoyenneté"}""")))
    @APIResponse(responseCode = "201", description = "Recorded; the file's new ETag", content = @Content(schema = @Schema(implementation = EvaluationInterviewResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.REFUSED)
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response recordInterview(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid CaseFileRequests.Interview request) {
        var interview = caseFiles.recordInterview(Ids.uuid(id), ifMatch,
                request == null ? new CaseFileRequests.Interview(null, null) : request);
        return Response.status(Response.Status.CREATED).entity(interview.interview())
                .tag(Versions.etag(interview.version())).build();
    }

    @GET
    @Path("{id}/evaluationInterviews")
    @Operation(operationId = "listEvaluationInterviews", summary = "A case file's evaluation interviews", description = "By the day they were held.")
    @APIResponse(responseCode = "200", description = "The interviews", content = @Content(schema = @Schema(implementation = EvaluationInterviewResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<EvaluationInterviewResponse> interviews(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return caseFiles.interviews(Ids.uuid(id));
    }

    private static Response ok(CaseFileService.View view) {
        return Response.ok(view.caseFile()).tag(Versions.etag(view.version())).build();
    }
}
