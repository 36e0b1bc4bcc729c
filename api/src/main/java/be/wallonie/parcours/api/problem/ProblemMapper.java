package be.wallonie.parcours.api.problem;

import be.wallonie.parcours.api.attendance.AttendanceCsvReader;
import be.wallonie.parcours.api.attendance.CsvFileRefusedException;
import be.wallonie.parcours.api.attendance.ImportRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import be.wallonie.parcours.domain.casefile.IllegalTransitionException;
import be.wallonie.parcours.domain.person.DuplicatePersonException;
import be.wallonie.parcours.domain.shared.DomainException;
import be.wallonie.parcours.domain.shared.InvalidValueException;

/**
 * Turns every failure into an RFC 9457 problem in the client's language. No stack trace, SQL or class name ever
 * reaches a client: an unexpected failure is logged with an error id, and the client gets only that id.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        List<Problem.Issue> issues = e.issues().stream()
                .map(i -> new Problem.Issue(i.field(), Messages.get(locale, i.messageKey(), i.arguments())))
                .toList();
        String detail = e.detailKey() == null
                ? null
                : e.namedArguments() != null
                        ? Messages.named(locale, e.detailKey(), e.namedArguments())
                        : Messages.get(locale, e.detailKey(), e.arguments());
        Response response = respond(e.type(), detail, issues, locale, uri);
        if (e.existingPersonId() == null && e.candidates().isEmpty() && e.code() == null) {
            return response;
        }
        Problem body = (Problem) response.getEntity();
        UUID existing = e.existingPersonId();
        return Response.fromResponse(response)
                .entity(new Problem(body.type(), body.title(), body.status(), body.detail(), body.instance(),
                        body.issues(), existing, existing == null ? null : "/api/v1/persons/" + existing,
                        e.candidates().isEmpty() ? null : e.candidates(), e.code()))
                .build();
    }

    /**
     * A refusal of the domain's rules: a second registration of a national number is a {@code duplicate-person}
     * problem (without the existing person's id: only a service that knows the caller's tenant may give it), an illegal
     * transition of a case file an {@code illegal-transition} problem, any other a {@code conflict}. The body carries
     * the refusal's stable {@code code} and its arguments as {@code parameters}; the detail is the text
     * {@code refusal.<explanation code>} with those arguments, in the client's language. The domain's English message
     * goes to the logs only; a code without a text (which {@code MessagesCompletenessTest} forbids) keeps the type's
     * generic detail.
     */
    @ServerExceptionMapper
    public Response refused(DomainException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof DuplicatePersonException) {
            return problem(ProblemException.duplicatePerson(null), headers, uri);
        }
        LOG.debugf("Refused %s: %s", e.code(), e.getMessage());
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        String key = "refusal." + e.explanationCode();
        String detail = Messages.has(locale, key) ? Messages.named(locale, key, e.arguments()) : null;
        ProblemType type = e instanceof IllegalTransitionException
                ? ProblemType.ILLEGAL_TRANSITION
                : ProblemType.CONFLICT;
        Response response = respond(type, detail, List.of(), locale, uri);
        Problem body = (Problem) response.getEntity();
        return Response.fromResponse(response)
                .entity(new Problem(body.type(), body.title(), body.status(), body.detail(), body.instance(),
                        body.issues(), null, null, null, e.code(), null, NamedArguments.json(e.arguments())))
                .build();
    }

    /**
     * Bounds and formats of the request (Bean Validation on the request records and parameters, docs/adr/0020): each
     * faulty field is named once ({@code permits[0].orderDate}), with a text of the API's bundles
     * ({@link ConstraintMessages}): a code too long for its pattern is told what the code looks like.
     */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        Map<String, ConstraintViolation<?>> byField = new TreeMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            byField.merge(String.valueOf(field(violation)), violation,
                    (kept, other) -> ConstraintMessages.isSpecific(other) && !ConstraintMessages.isSpecific(kept)
                            ? other
                            : kept);
        }
        List<Problem.Issue> issues = byField.values().stream()
                .map(v -> new Problem.Issue(field(v), ConstraintMessages.of(locale, v)))
                .toList();
        return respond(ProblemType.VALIDATION, null, issues, locale, uri);
    }

    /**
     * Facts that the domain refuses, each violation naming its request field ({@code permit.orderDate}) and the rule it
     * breaks, a stable code: its message is the text {@code violation.<code>} with the rule's arguments, in the client's
     * language.
     */
    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        List<Problem.Issue> issues = e.violations().stream()
                .map(v -> new Problem.Issue(v.field().isEmpty() ? null : v.field(), violation(locale, v)))
                .toList();
        return respond(ProblemType.VALIDATION, null, issues, locale, uri);
    }

    /**
     * An attendance file refused as a whole before its lines are recorded: more than 50,000 lines is a
     * {@code content-too-large} problem (413), a file that cannot be read (not UTF-8, no or another header) an
     * {@code import-rejected} problem (422); nothing of it is recorded.
     */
    @ServerExceptionMapper
    public Response csvRefused(CsvFileRefusedException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        ProblemType type = e.reason() == CsvFileRefusedException.Reason.TOO_MANY_LINES
                ? ProblemType.CONTENT_TOO_LARGE
                : ProblemType.IMPORT_REJECTED;
        return respond(type, Messages.get(locale, e.messageKey(), AttendanceCsvReader.MAX_DATA_LINES), List.of(),
                locale, uri);
    }

    /** An attendance file imported all or nothing with lines in error: 422 {@code import-rejected}, each line's errors. */
    @ServerExceptionMapper
    public Response importRejected(ImportRejectedException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        Response response = respond(ProblemType.IMPORT_REJECTED,
                Messages.get(locale, "csv.import.rejected", e.report().rejected(), e.report().linesRead()), List.of(),
                locale, uri);
        Problem body = (Problem) response.getEntity();
        return Response.fromResponse(response)
                .entity(new Problem(body.type(), body.title(), body.status(), body.detail(), body.instance(),
                        body.issues(), null, null, null, null, e.errors()))
                .build();
    }

    /** The message of a violation: {@code violation.<code>} with its arguments (never the domain's English). */
    static String violation(Locale locale, InvalidValueException.Violation violation) {
        String key = "violation." + violation.code();
        return Messages.named(locale, Messages.has(locale, key) ? key : "problem.validation.detail",
                violation.arguments());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)
                || mapping.getPath().isEmpty()) {
            return respond(ProblemType.MALFORMED_REQUEST, Messages.get(locale, "problem.malformed-json"), List.of(),
                    locale, uri);
        }
        String key = e instanceof UnrecognizedPropertyException
                ? "issue.unknown-field"
                : e instanceof ForbiddenCharacterException ? "issue.forbidden-character" : "issue.unreadable-value";
        var issue = new Problem.Issue(JsonPaths.of(mapping.getPath()), Messages.get(locale, key));
        return respond(ProblemType.VALIDATION, null, List.of(issue), locale, uri);
    }

    /** Ahead of Quarkus's own mapper of this type, which answers an empty 400. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED, null, List.of(), locale, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, null, List.of(), Messages.negotiate(headers.getAcceptableLanguages()),
                uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, headers, uri);
        }
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        if (e instanceof NotFoundException && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (page=abc): that is bad input
            return respond(ProblemType.MALFORMED_REQUEST, Messages.get(locale, "problem.unreadable-parameter"),
                    List.of(), locale, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        Response problem = respond(ProblemType.forStatus(status), null, List.of(), locale, uri);
        return status == problem.getStatus()
                ? problem
                : Response.fromResponse(problem).status(status).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                // two clients changed the same version at the same moment: the second one lost
                return respond(ProblemType.PRECONDITION_FAILED, null, List.of(),
                        Messages.negotiate(headers.getAcceptableLanguages()), uri);
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, headers, uri);
            }
        }
        if (DatabaseUnavailable.isCauseOf(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getClass().getName());
            return databaseUnavailable(Messages.negotiate(headers.getAcceptableLanguages()), uri);
        }
        String raced = racedDetailKey(e);
        if (raced != null) {
            Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
            return respond(ProblemType.CONFLICT, Messages.get(locale, raced), List.of(), locale, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, uri.getPath());
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        return respond(ProblemType.INTERNAL_ERROR, Messages.get(locale, "problem.internal-error.detail", errorId),
                List.of(), locale, uri);
    }

    /**
     * The database cannot be reached now ({@link DatabaseUnavailable}): 503 {@code service-unavailable} with
     * {@code Retry-After}, so that the client sends the request again a few seconds later (docs/adr/0024).
     */
    static Response databaseUnavailable(Locale locale, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE,
                Messages.get(locale, "problem.database-unavailable.detail", DatabaseUnavailable.RETRY_AFTER_SECONDS),
                List.of(), locale, uri))
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * Two requests raced in the database and it refused the second one: a deadlock or a serialization failure (retry
     * it), or a unique constraint the first one satisfied (the record exists now). A 409 the client can act on, never
     * a 500; the transaction was rolled back, so nothing was half-written.
     *
     * @return the detail key, or {@code null} when the failure is not such a race
     */
    static String racedDetailKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "40P01", "40001" :
                        return "problem.raced.retry";
                    case "23505" :
                        return "problem.raced.exists";
                    default :
                        break;
                }
            }
        }
        return null;
    }

    static Response respond(ProblemType type, String detail, List<Problem.Issue> issues, Locale locale, UriInfo uri) {
        String actualDetail = detail != null
                ? detail
                : issues.isEmpty()
                        ? Messages.get(locale, "problem." + type.key() + ".detail")
                        : Messages.get(locale, "problem.validation.count", issues.size());
        var body = new Problem(type.urn(), Messages.get(locale, "problem." + type.key() + ".title"), type.status(),
                actualDetail, uri == null ? null : uri.getRequestUri().getPath(), issues);
        return Response.status(type.status())
                .type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(body)
                .build();
    }

    /** The request field a violation is about: {@code permit.orderDate}, not {@code check.request.permit.orderDate}. */
    static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            int last = names.size() - 1;
            if (node.getIndex() != null && last >= 0) {
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            } else if (node.getKey() != null && last >= 0) {
                // a value of a map: needs.HOUSING.notes
                names.set(last, names.get(last) + "." + node.getKey());
            }
            if (!name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? null : parameter;
        }
        return String.join(".", names);
    }
}
