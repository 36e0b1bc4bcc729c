package be.wallonie.parcours.api.problem;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The 429 answer of the rate limits (public pages, sign-in): a problem in the client's language with Retry-After. */
public final class TooManyRequests {

    private TooManyRequests() {
    }

    /** A 429 problem in the client's language, with {@code Retry-After}. */
    public static Response response(long retryAfterSeconds, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        var problem = new Problem(ProblemType.TOO_MANY_REQUESTS.urn(),
                Messages.get(locale, "problem.too-many-requests.title"), ProblemType.TOO_MANY_REQUESTS.status(),
                Messages.get(locale, "problem.too-many-requests.detail"), uri.getRequestUri().getPath(), List.of());
        return Response.status(ProblemType.TOO_MANY_REQUESTS.status())
                .type(ProblemMapper.PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem)
                .build();
    }
}
