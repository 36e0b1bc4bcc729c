package be.wallonie.parcours.api.infrastructure;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers of every answer of the main HTTP server, the API's and the back office's alike, refusals of the
 * edge included (docs/adr/0029-security-headers-and-production-settings.md):
 * <ul>
 * <li>everywhere: {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer},
 * {@code X-Frame-Options: DENY}, and {@code Strict-Transport-Security} when the answer goes over TLS or the public
 * address of Parcours ({@code parcours.public-base-url}) is https;
 * <li>the API ({@code /api/}): {@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'} and
 * {@code Cache-Control: no-store}, on every answer (personal data or not: one rule, nothing to forget);
 * <li>the back office (every other path but {@code /q/}): a CSP that allows only its own scripts, styles and images,
 * no inline script or style attribute, no framing.
 * </ul>
 * {@code /q/} (health, metrics, OpenAPI and its UI in dev mode and tests; on the management interface in production)
 * keeps its own pages, which need inline scripts.
 */
@Singleton
public class SecurityHeaders {

    /** Before {@link HttpEdge}, so that its refusals carry the headers too. */
    static final int ORDER = HttpEdge.ORDER - 1;

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String BACK_OFFICE_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    /** Two years, subdomains included: what the HSTS preload list asks. */
    static final String HSTS = "max-age=63072000; includeSubDomains";

    private final boolean publicAddressIsHttps;

    SecurityHeaders(@ConfigProperty(name = "parcours.public-base-url") Optional<String> publicBaseUrl) {
        // unset in development: the address is then derived from the request (PublicAddress), never https here
        this.publicAddressIsHttps = publicBaseUrl.map(url -> url.strip().toLowerCase().startsWith("https://"))
                .orElse(false);
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::addOnAnswer);
    }

    void addOnAnswer(RoutingContext context) {
        String path = context.normalizedPath();
        boolean overTls = context.request().isSSL();
        context.addHeadersEndHandler(ignored -> add(context.response().headers(), path, overTls));
        context.next();
    }

    void add(MultiMap headers, String path, boolean overTls) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        if (overTls || publicAddressIsHttps) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        Surface surface = Surface.of(path);
        if (surface == Surface.API) {
            headers.set("Content-Security-Policy", API_POLICY);
            headers.set("Cache-Control", "no-store");
        } else if (surface == Surface.BACK_OFFICE) {
            headers.set("Content-Security-Policy", BACK_OFFICE_POLICY);
        }
    }

    /** Which part of the application a path belongs to. */
    enum Surface {
        API, OPERATIONS, BACK_OFFICE;

        static Surface of(String path) {
            if (path == null) {
                return BACK_OFFICE;
            }
            if (path.equals("/api") || path.startsWith("/api/")) {
                return API;
            }
            if (path.equals("/q") || path.startsWith("/q/")) {
                return OPERATIONS;
            }
            return BACK_OFFICE;
        }
    }
}
