package be.wallonie.parcours.api.problem;

import java.util.List;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * A path under /api that no resource serves (another API version, a typo) answers a 404 problem, like any other
 * unknown resource; without this it would fall through to the back office.
 */
public class UnknownApiPath {

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MAX_VALUE)
                .handler(context -> RouteProblems.send(context, ProblemType.NOT_FOUND, List.of(), null));
    }
}
