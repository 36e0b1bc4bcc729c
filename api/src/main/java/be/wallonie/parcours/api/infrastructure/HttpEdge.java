package be.wallonie.parcours.api.infrastructure;

import be.wallonie.parcours.api.problem.Problem;
import be.wallonie.parcours.api.problem.ProblemType;
import be.wallonie.parcours.api.problem.RouteProblems;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first look at every request, before any resource and before a query can run (docs/adr/0023-http-edge.md): what
 * no operation can accept is answered here with a problem, never passed on to fail deeper as a 500.
 * <ul>
 * <li>a request target longer than {@code parcours.http.limits.request-target} characters: 414 {@code uri-too-long};
 * <li>headers larger, all together, than {@code parcours.http.limits.headers}: 431 {@code headers-too-large};
 * <li>a control character (U+0000 to U+001F, U+007F), sent as such or percent-encoded, in the path, a query parameter
 * or a header value, or a broken percent-encoding: 400 {@code malformed-request}. No code, identifier or text of the
 * API holds one, and PostgreSQL refuses U+0000 outright;
 * <li>a {@code Content-Length} above {@code quarkus.http.limits.max-body-size}, the largest body of any operation: 413
 * {@code content-too-large} (each operation's own, smaller limit is {@link BodyLimits}'s);
 * <li>a {@code Content-Type} that is not a media type ({@code type/subtype}, then parameters), empty included: 415
 * {@code unsupported-media-type} (the REST layer cannot parse it and would fail with a 500).
 * </ul>
 * A malformed {@code Accept-Language} is kept to its well-formed entries ({@link AcceptLanguage}), so that every
 * answer, in whatever layer, falls back to French instead of failing. Requests that Vert.x itself cannot parse (a
 * request line or headers beyond its own, higher limits; a header with a control character) never reach this filter:
 * Vert.x answers them with a bare status (the ADR explains why).
 */
@Singleton
public class HttpEdge {

    /** Before Quarkus's own check of the body size (order -2), which answers a 413 without a body. */
    static final int ORDER = -3;

    /** A media type as RFC 9110 writes it: a type and a subtype of token characters, then any parameters. */
    private static final java.util.regex.Pattern MEDIA_TYPE = java.util.regex.Pattern
            .compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+[ \\t]*(;.*)?");

    private final int maxRequestTarget;
    private final long maxHeaderBytes;
    private final long maxBodyBytes;

    HttpEdge(@ConfigProperty(name = "parcours.http.limits.request-target") int maxRequestTarget,
            @ConfigProperty(name = "parcours.http.limits.headers") MemorySize maxHeaders,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.maxRequestTarget = maxRequestTarget;
        this.maxHeaderBytes = maxHeaders.asLongValue();
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxRequestTarget) {
            RouteProblems.send(context, ProblemType.URI_TOO_LONG, List.of(), "problem.uri-too-long.limit",
                    maxRequestTarget);
            return;
        }
        if (headerBytes(request.headers()) > maxHeaderBytes) {
            RouteProblems.send(context, ProblemType.HEADERS_TOO_LARGE, List.of(), "problem.headers-too-large.limit",
                    maxHeaderBytes);
            return;
        }
        List<Problem.Issue> issues = unreadableInputs(context);
        if (!issues.isEmpty()) {
            RouteProblems.send(context, ProblemType.MALFORMED_REQUEST, issues, "problem.control-character");
            return;
        }
        if (contentLength(request) > maxBodyBytes) {
            BodyLimits.closeAfterAnswer(context);
            RouteProblems.send(context, ProblemType.CONTENT_TOO_LARGE, List.of(), "problem.content-too-large.limit",
                    maxBodyBytes);
            return;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
            RouteProblems.send(context, ProblemType.UNSUPPORTED_MEDIA_TYPE, List.of(), null);
            return;
        }
        keepWellFormedLanguages(request.headers());
        context.next();
    }

    /** The path, each query parameter and each header that holds a control character or a broken escape. */
    private static List<Problem.Issue> unreadableInputs(RoutingContext context) {
        HttpServerRequest request = context.request();
        List<Problem.Issue> issues = new ArrayList<>();
        if (!UriText.isClean(request.path())) {
            issues.add(RouteProblems.issue(context, "path", "issue.control-character"));
        }
        String query = request.query();
        if (query != null) {
            for (String parameter : query.split("&")) {
                if (!UriText.isClean(parameter)) {
                    issues.add(RouteProblems.issue(context, UriText.nameOf(parameter), "issue.control-character"));
                }
            }
        }
        for (Map.Entry<String, String> header : request.headers()) {
            if (header.getValue().chars().anyMatch(c -> c != '\t' && UriText.isControl(c))) {
                issues.add(RouteProblems.issue(context, header.getKey(), "issue.control-character"));
            }
        }
        return issues;
    }

    private static void keepWellFormedLanguages(MultiMap headers) {
        List<String> given = headers.getAll(HttpHeaders.ACCEPT_LANGUAGE);
        if (given.isEmpty()) {
            return;
        }
        String joined = String.join(", ", given);
        String kept = AcceptLanguage.wellFormed(joined);
        if (kept == null) {
            headers.remove(HttpHeaders.ACCEPT_LANGUAGE);
        } else if (given.size() > 1 || !kept.equals(joined)) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, kept);
        }
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            // name, ": ", value, CRLF
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    /** The declared length of the body, or -1 when none is declared (a chunked body, or none). */
    static long contentLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            // Vert.x refuses a malformed Content-Length before this point; treat any other as too large to read
            return Long.MAX_VALUE;
        }
    }

    /** The raw (percent-encoded) text of a request target. */
    static final class UriText {

        private UriText() {
        }

        static boolean isControl(int c) {
            return c < 0x20 || c == 0x7F;
        }

        /**
         * Neither a control character nor a broken escape: a control character is one byte in UTF-8, so a look at
         * each escape's byte finds every one.
         */
        static boolean isClean(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (isControl(c)) {
                    return false;
                }
                if (c == '%') {
                    if (i + 2 >= raw.length()) {
                        return false;
                    }
                    int high = Character.digit(raw.charAt(i + 1), 16);
                    int low = Character.digit(raw.charAt(i + 2), 16);
                    if (high < 0 || low < 0 || isControl(high * 16 + low)) {
                        return false;
                    }
                    i += 2;
                }
            }
            return true;
        }

        /** The name of a query parameter ({@code name=value}), decoded, or {@code null} when it is not clean. */
        static String nameOf(String parameter) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!isClean(name)) {
                return null;
            }
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        }
    }
}
