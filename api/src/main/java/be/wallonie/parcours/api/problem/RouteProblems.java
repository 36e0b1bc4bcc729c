package be.wallonie.parcours.api.problem;

import be.wallonie.parcours.api.infrastructure.AcceptLanguage;
import java.util.List;
import java.util.Locale;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * Problems answered by the HTTP layer itself, before any resource (a request target too long, a control character in
 * the path, an unknown /api path): the same RFC 9457 body, in the client's language, as {@link ProblemMapper}'s.
 */
public final class RouteProblems {

    private RouteProblems() {
    }

    /** The language of the request's {@code Accept-Language}, French when it names none the API speaks. */
    public static Locale locale(RoutingContext context) {
        return Messages.negotiate(AcceptLanguage.languages(
                String.join(", ", context.request().headers().getAll(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    /**
     * Answers a problem of {@code type}: its detail the message {@code detailKey} with {@code arguments}, or the type's
     * default detail when {@code detailKey} is {@code null}.
     */
    public static void send(RoutingContext context, ProblemType type, List<Problem.Issue> issues, String detailKey,
            Object... arguments) {
        Locale locale = locale(context);
        String detail = detailKey != null
                ? Messages.get(locale, detailKey, arguments)
                : Messages.get(locale, "problem." + type.key() + ".detail");
        var problem = new Problem(type.urn(), Messages.get(locale, "problem." + type.key() + ".title"),
                type.status(), detail, context.request().path(), issues);
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .end(Json.encode(problem));
    }

    /** The issue of one input, its message the key {@code messageKey} in the request's language. */
    public static Problem.Issue issue(RoutingContext context, String field, String messageKey, Object... arguments) {
        return new Problem.Issue(field, Messages.get(locale(context), messageKey, arguments));
    }
}
