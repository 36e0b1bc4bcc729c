package be.wallonie.parcours.api.person;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.audit.AuditEventResponse;
import be.wallonie.parcours.api.problem.Problem;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemMapper;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.Ids;
import be.wallonie.parcours.api.shared.PageRequest;
import be.wallonie.parcours.api.shared.PageResponse;
import be.wallonie.parcours.api.shared.ParameterSchemas;
import be.wallonie.parcours.api.shared.Versions;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * The newcomers of the caller's CRI. A person another CRI follows answers 404 on every endpoint and is never found by
 * a search. The national number travels only in bodies, never in a URL.
 */
@Path("/persons")
@Tag(name = "Persons")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    static final String INTAKE_EXAMPLE = """
            {"lastName": "El Amrani", "firstNames": "Yasmina", "birthDate": "1993-05-02", "nationality": "MA",
             "nationalNumber": "93.05.02-123.45", "communeNis": "62063",
             "contact": {"street": "Rue Léopold 12", "postalCode": "4000", "locality": "Liège", "phone": "+32 470 12 34 56"},
             "preferredLanguage": "fr", "interpreterLanguage": "ar", "cpasBeneficiary": true,
             "permits": [{"cardType": "A", "permitType": "FAMILY_REUNIFICATION", "orderDate": "2025-03-10", "validityMonths": 12}],
             "employment": [], "dispenseFacts": {"studyStatus": "NONE"}}""";
    static final String QUERY_EXAMPLE = """
            {"nameFragment": "amra", "nationality": "MA", "status": "OBLIGED"}""";

    private final PersonService persons;

    PersonResource(PersonService persons) {
        this.persons = persons;
    }

    @POST
    @Operation(operationId = "registerPerson", summary = "Register a newcomer (intake)", description = "CRI agents and supervisors. Checks for "
            + "duplicates across the Region (the same national number is refused; the same normalised names with the "
            + "same birth date, or with the same nationality and a birth date at most a year apart, must be confirmed "
            + "with confirmedNotDuplicate), assesses the obligation with the rules engine and stores the verdict.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PersonRequest.class), examples = @ExampleObject(name = "intake", value = INTAKE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set, the first assessment in `assessment`", content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "409", description = "urn:parcours:problem:duplicate-person (existingPersonId when your CRI sees the person) or urn:parcours:problem:likely-duplicate (candidates)", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "likely duplicate", value = """
            {"type": "urn:parcours:problem:likely-duplicate", "title": "Doublon probable", "status": 409,
             "detail": "1 personne enregistrée ressemble à celle-ci : vérifiez, puis confirmez avec confirmedNotDuplicate.",
             "instance": "/api/v1/persons", "candidates": ["0b8f3c1e-4a5d-4c1f-9a51-2f0c6d7e8a90"]}""")))
    public Response register(@Valid PersonRequest request) {
        var view = persons.register(request == null ? PersonRequest.EMPTY : request);
        return Response.created(URI.create("persons/" + view.person().id()))
                .entity(view.person())
                .tag(Versions.etag(view.version()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPerson", summary = "A person's record", description = "With the latest assessment and the ETag to send back in "
            + "If-Match. 404 for a person your CRI does not follow.")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        var view = persons.person(Ids.uuid(id));
        return Response.ok(view.person()).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updatePerson", summary = "Update a person's record", description = "Replaces the whole record; send the ETag in "
            + "If-Match (428 without it, 412 when stale). When the facts the rules read change (a job, a permit, a "
            + "commune...), the person is re-assessed and the new verdict added to the history.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PersonRequest.class), examples = @ExampleObject(name = "update", value = INTAKE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated record and its new ETag", content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The new national number is another person's (urn:parcours:problem:duplicate-person)", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = ProblemResponses.STALE)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.VERSION_REQUIRED)
    public Response update(@PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, schema = @Schema(ref = ParameterSchemas.ENTITY_TAG)) String ifMatch,
            @Valid PersonRequest request) {
        UUID personId = Ids.uuid(id);
        var view = persons.update(personId, Versions.expected(ifMatch),
                request == null ? PersonRequest.EMPTY : request);
        return Response.ok(view.person()).tag(Versions.etag(view.version())).build();
    }

    @GET
    @Path("{id}/assessments")
    @Operation(operationId = "listAssessments", summary = "A person's assessment history", description = "Every stored verdict, the latest first.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = AssessmentResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<AssessmentResponse> assessments(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return persons.assessments(Ids.uuid(id));
    }

    @POST
    @Path("query")
    @Operation(operationId = "searchPersons", summary = "Search the persons of your CRI", description = "By name fragment (3 letters or digits at "
            + "least), birth date, nationality, national number (in the body, never in a URL) and status of the latest "
            + "assessment; ordered by name. Another CRI's persons are neither returned nor counted.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PersonQueryRequest.class), examples = @ExampleObject(name = "by name", value = QUERY_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "One page: {items, page, pageSize, total}")
    @APIResponse(responseCode = "400", description = "A name fragment shorter than 3 characters, or an invalid criterion, page or page size, each named", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public PageResponse<PersonSummaryResponse> query(
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) @Parameter(example = "1") Integer page,
            @QueryParam("pageSize") @Min(1) @Max(PageRequest.MAX_PAGE_SIZE) @Parameter(example = "50") Integer pageSize,
            @Valid PersonQueryRequest query) {
        PageRequest request = PageRequest.of(page, pageSize);
        return pageOf(persons.search(query == null ? PersonQueryRequest.EMPTY : query,
                new Paging(request.page(), request.pageSize())));
    }

    @GET
    @Path("{id}/auditTrail")
    @RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR, Roles.ADMINISTRATOR})
    @Operation(operationId = "getPersonAuditTrail", summary = "Who read or changed a person's data", description = "Administrators for any person, CRI "
            + "staff for the persons of their CRI; the latest first. Identifiers only: actor, role, tenant, endpoint "
            + "template, action, outcome.")
    @APIResponse(responseCode = "200", description = "One page: {items, page, pageSize, total}")
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public PageResponse<AuditEventResponse> auditTrail(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id,
            @QueryParam("page") @Min(1) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("pageSize") @Min(1) @Max(PageRequest.MAX_PAGE_SIZE) Integer pageSize) {
        PageRequest request = PageRequest.of(page, pageSize);
        return pageOf(persons.auditTrail(Ids.uuid(id), new Paging(request.page(), request.pageSize())));
    }

    private static <T> PageResponse<T> pageOf(Page<T> page) {
        return new PageResponse<>(page.items(), page.page(), page.pageSize(), page.total());
    }
}
