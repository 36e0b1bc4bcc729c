package be.wallonie.parcours.api.attestation;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * The public address of Parcours, which the attestation prints and its QR code encodes ({@code {this}/verify/{code}}).
 * In production it is set ({@code PARCOURS_PUBLIC_BASE_URL}, https, checked at start by {@code ProductionSettings}).
 * Unset, in development and for a demo, it is where the product actually runs: the address the request that issues
 * the attestation came in on (its scheme and {@code Host}), or this machine and the HTTP port outside a request. Never
 * a {@code localhost:8080} printed on an attestation issued from another address (ADR 0032).
 */
@ApplicationScoped
public class PublicAddress {

    /** A host name or an IPv4 or bracketed IPv6 address, with an optional port: nothing else is printed. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]{1,253})(:[0-9]{1,5})?");

    private final Optional<String> configured;
    private final int port;

    PublicAddress(@ConfigProperty(name = "parcours.public-base-url") Optional<String> configured,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.configured = configured.map(String::strip).filter(value -> !value.isEmpty());
        this.port = port;
    }

    /** The address, without a trailing slash. */
    public String base() {
        HttpServerRequest request = currentRequest();
        return of(configured, request == null ? null : request.scheme(),
                request == null ? null : request.getHeader("Host"), port);
    }

    /**
     * The configured address; else the scheme and {@code Host} of the request, when the host is one; else this machine
     * on {@code port}.
     */
    static String of(Optional<String> configured, String scheme, String host, int port) {
        String base = configured.orElseGet(() -> {
            boolean web = "http".equals(scheme) || "https".equals(scheme);
            return web && host != null && HOST.matcher(host).matches()
                    ? scheme + "://" + host
                    : "http://localhost:" + port;
        });
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static HttpServerRequest currentRequest() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        return current == null || current.getCurrent() == null ? null : current.getCurrent().request();
    }
}
