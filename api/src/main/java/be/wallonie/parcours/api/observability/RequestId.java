package be.wallonie.parcours.api.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request id of every request of the main HTTP server (docs/adr/0036-oci-image-and-observability.md): the caller's
 * {@code X-Request-Id} when it is a sane identifier (a load balancer's or a client's, so that one request can be
 * followed across systems), a new random one otherwise. It is in the logging context ({@code requestId}, in every log
 * line written while the request is served, JSON or text) and answered in {@code X-Request-Id}.
 * <p>
 * A sane identifier is 8 to 64 letters, digits, dots, dashes, underscores or colons, and not digits only: a header
 * holding anything else (a long text, a national number, an address) is replaced, never logged.
 */
@Singleton
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Before the edge (HttpEdge) and the security headers: an edge refusal (414, 431) carries the id too. */
    static final int ORDER = -10;

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final Pattern DIGITS_ONLY = Pattern.compile("[0-9.:-]+");

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::assign);
    }

    void assign(RoutingContext context) {
        String id = of(context.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        context.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /** The caller's id when it is sane, else a new one. */
    static String of(String given) {
        if (given != null && SANE.matcher(given).matches() && !DIGITS_ONLY.matcher(given).matches()) {
            return given;
        }
        return UUID.randomUUID().toString();
    }
}
