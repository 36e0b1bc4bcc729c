package be.wallonie.parcours.api.selfcheck;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.Problem;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;
import be.wallonie.parcours.api.problem.ProblemMapper;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.shared.RequestBounds;

/**
 * The public self-check of the regional site and its deadline calculator: no login, nothing stored, limited per client
 * IP address.
 */
@Path("/public")
@Tag(name = "Public self-check")
@PermitAll
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class PublicSelfCheckResource {

    private final SelfCheckService selfChecks;
    private final StepTexts texts;

    PublicSelfCheckResource(SelfCheckService selfChecks, StepTexts texts) {
        this.selfChecks = selfChecks;
        this.texts = texts;
    }

    @POST
    @Path("/selfChecks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "runSelfCheck", summary = "Where am I in the integration programme?", description = "From yes / no / don't know "
            + "answers, each step validated or still to do with what / how / who texts, the latest day to obtain the "
            + "attestation and the CRI to contact. Texts in the language of Accept-Language: fr (default), en, nl, de, "
            + "ar. No login; nothing is stored.")
    @APIResponse(responseCode = "200", description = "The steps and the date", headers = @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "the language of the texts", schema = @Schema(implementation = String.class)), content = @Content(schema = @Schema(implementation = SelfCheckResponse.class)))
    @APIResponse(responseCode = "400", description = "An unreadable answer or date, or a postal code that is not Walloon", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address", headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds to wait", schema = @Schema(implementation = Integer.class)), content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = SelfCheckRequest.class), examples = @ExampleObject(name = "half-way", value = """
            {"mustParticipate": "YES", "permitReceived": "YES", "visitedCri": "YES", "socialReviewDone": "YES",
             "conventionSigned": "YES", "frenchTestDone": "YES", "rightsAndDutiesAttended": "YES",
             "citizenship60h": "NO", "french400h": "NO", "a2Certificate": "DONT_KNOW", "isp4hOrRelease": "NO",
             "finalAttestationReceived": "NO", "permitOrderDate": "2025-08-31", "postalCode": "4000"}""")))
    @APIResponse(responseCode = "413", ref = ProblemResponses.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response selfCheck(@Valid SelfCheckRequest request, HttpHeaders headers) {
        StepTexts.Texts language = texts.negotiate(headers.getAcceptableLanguages());
        var outcome = selfChecks.assess(request == null ? SelfCheckRequest.EMPTY : request);
        return Response.ok(SelfCheckResponse.of(outcome, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    @GET
    @Path("/deadline")
    @Operation(operationId = "calculateDeadline", summary = "Deadline calculator", description = "The latest day to obtain the attestation for a permit "
            + "ordered on this day: 18 months, or 3 years for permits ordered from 2025-01-01 (a setting). No "
            + "deadline for a permit ordered before 2016-05-19.")
    @APIResponse(responseCode = "200", description = "The deadline", content = @Content(schema = @Schema(implementation = DeadlineResponse.class)))
    @APIResponse(responseCode = "400", description = "orderDate missing or not a date YYYY-MM-DD", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address", headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds to wait", schema = @Schema(implementation = Integer.class)), content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public DeadlineResponse deadline(
            @QueryParam("orderDate") @Size(max = RequestBounds.DAY) @Parameter(description = "the day the permit was ordered at the commune", example = "2023-08-31", schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = RequestBounds.DAY)) String orderDate) {
        LocalDate date = date("orderDate", orderDate);
        return DeadlineResponse.of(date, selfChecks.deadline(date));
    }

    /** A date parameter, taken as text: a conversion failure of a JAX-RS query parameter would answer 404. */
    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(new FieldIssue(name, "issue.required"));
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(new FieldIssue(name, "issue.date"));
        }
    }
}
