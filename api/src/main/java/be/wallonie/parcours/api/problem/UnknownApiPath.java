package be.wallonie.parcours.api.problem;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A path under /api that no resource serves (another API version, a typo) answers a 404 problem, like any other
 * unknown resource; without this it would fall through to the back office.
 */
public class UnknownApiPath {

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MAX_VALUE).handler(this::notFound);
    }

    private void notFound(RoutingContext context) {
        List<Locale> acceptable = context.acceptableLanguages().stream()
                .map(language -> Locale.forLanguageTag(language.tag()))
                .toList();
        Locale locale = Messages.negotiate(acceptable);
        var problem = new Problem(ProblemType.NOT_FOUND.urn(),
                Messages.get(locale, "problem.not-found.title"), 404,
                Messages.get(locale, "problem.not-found.detail"), context.request().path(), List.of());
        context.response()
                .setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .end(Json.encode(problem));
    }
}
