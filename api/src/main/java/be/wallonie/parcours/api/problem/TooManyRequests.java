package be.wallonie.parcours.api.problem;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import be.wallonie.parcours.api.shared.RateLimitHeaders;
import be.wallonie.parcours.api.shared.RateLimiter;
import be.wallonie.parcours.api.shared.RateLimiter.Allowance;

/**
 * The 429 answer of the rate limits (every client, the public pages, the sign-in): a problem in the client's language
 * with {@code Retry-After} and the {@code RateLimit-*} headers of the limit that refused (docs/adr/0021).
 */
public final class TooManyRequests {

    private TooManyRequests() {
    }

    /** A 429 problem in the client's language, with {@code Retry-After} and what is left of the limit that refused. */
    public static Response response(Allowance refused, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        var problem = new Problem(ProblemType.TOO_MANY_REQUESTS.urn(),
                Messages.get(locale, "problem.too-many-requests.title"), ProblemType.TOO_MANY_REQUESTS.status(),
                Messages.get(locale, "problem.too-many-requests.detail"), uri.getRequestUri().getPath(), List.of());
        Response answer = Response.status(ProblemType.TOO_MANY_REQUESTS.status())
                .type(ProblemMapper.PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, RateLimiter.retryAfterSeconds(refused.waitNanos()))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem)
                .build();
        RateLimitHeaders.write(refused, answer.getHeaders());
        return answer;
    }
}
