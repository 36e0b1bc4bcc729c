package be.wallonie.parcours.api.problem;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request body larger than its operation reads: a 413 {@code content-too-large} problem stating the limit, whether
 * the body declared its length or was found too large while read. The rest of such a body is not read: the answer
 * closes the connection.
 */
public class BodyProblems {

    private final ProblemMapper problems;

    BodyProblems(ProblemMapper problems) {
        this.problems = problems;
    }

    /** The 413 problem for a body above {@code limit} bytes. */
    public static Response tooLarge(long limit, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        return Response.fromResponse(ProblemMapper.respond(ProblemType.CONTENT_TOO_LARGE,
                Messages.get(locale, "problem.content-too-large.limit", limit), List.of(), locale, uri))
                .header("Connection", "close")
                .build();
    }

    @ServerExceptionMapper
    public Response tooLarge(ContentTooLargeException e, HttpHeaders headers, UriInfo uri) {
        return tooLarge(e.limit(), headers, uri);
    }

    /** A reader of the body (the attendance file's) wraps the failure of its stream. */
    @ServerExceptionMapper
    public Response unreadable(UncheckedIOException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof ContentTooLargeException tooLarge) {
            return tooLarge(tooLarge, headers, uri);
        }
        return problems.unexpected(e, headers, uri);
    }
}
