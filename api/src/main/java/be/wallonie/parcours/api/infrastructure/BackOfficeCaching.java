package be.wallonie.parcours.api.infrastructure;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * How browsers keep the back office (docs/benchmarks/page-load.md): the files Vite names by their content
 * ({@code /assets/index-DpvQrACn.js}) never change, so a browser keeps them a year without asking; every other page
 * ({@code index.html}, whatever the route) is asked for again at each visit ({@code no-cache}: revalidated), so that a
 * new release is seen at once. Quinoa's own default, {@code public, immutable, max-age=86400} on everything, kept
 * {@code index.html} a day after a release, pointing at assets the new release no longer has. A refused or missing
 * asset (the page, answered by the single-page routing) is not kept. The API's answers are {@code no-store} ({@link SecurityHeaders}).
 */
@Singleton
public class BackOfficeCaching {

    static final String HASHED = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    void register(@Observes Router router) {
        router.route().order(SecurityHeaders.ORDER).handler(this::addOnAnswer);
    }

    void addOnAnswer(RoutingContext context) {
        String path = context.normalizedPath();
        if (SecurityHeaders.Surface.of(path) == SecurityHeaders.Surface.BACK_OFFICE) {
            context.addHeadersEndHandler(
                    ignored -> set(context.response().headers(), path, context.response().getStatusCode()));
        }
        context.next();
    }

    static void set(MultiMap headers, String path, int status) {
        // the single-page routing answers an unknown path with the page itself: never kept a year
        String type = headers.get("Content-Type");
        boolean hashed = path != null && path.startsWith("/assets/") && status == 200
                && (type == null || !type.startsWith("text/html"));
        headers.set("Cache-Control", hashed ? HASHED : REVALIDATE);
    }
}
