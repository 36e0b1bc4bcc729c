package be.wallonie.parcours.api.infrastructure;

import be.wallonie.parcours.api.problem.BodyProblems;
import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Each operation reads a body of at most its {@link BodyLimit} ({@link BodyLimit#DEFAULT} without one): a larger
 * {@code Content-Length} is answered 413 {@code content-too-large} before a byte is read; a body without one (chunked)
 * is counted while it is read, and answered the same as soon as it passes the limit, so that no more than the limit is
 * ever held. Either way the connection is closed after the answer, once the rest of the body has been dropped.
 */
@Singleton
public class BodyLimits {

    /** How long the rest of a refused body is read before the connection is closed anyway. */
    static final long DRAIN_MILLIS = 1_000;

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext request, ResourceInfo resource, RoutingContext routing,
            HttpHeaders headers, UriInfo uri) {
        long limit = limitOf(resource.getResourceMethod());
        long declared = HttpEdge.contentLength(routing.request());
        if (declared > limit) {
            closeAfterAnswer(routing);
            return Optional.of(BodyProblems.tooLarge(limit, headers, uri));
        }
        if (declared < 0 && mayHaveBody(request.getMethod())) {
            request.setEntityStream(
                    new LimitedInputStream(request.getEntityStream(), limit, () -> closeAfterAnswer(routing)));
        }
        return Optional.empty();
    }

    private static boolean mayHaveBody(String method) {
        return !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
                || HttpMethod.OPTIONS.equals(method));
    }

    /** The limit of a resource method. */
    public static long limitOf(Method method) {
        BodyLimit limit = method == null ? null : method.getAnnotation(BodyLimit.class);
        return limit == null ? BodyLimit.DEFAULT : limit.value();
    }

    /**
     * The connection closes once the answer is sent (HTTP/1; HTTP/2 resets the stream). What the client is still
     * sending of the body is read and dropped first, for at most {@link #DRAIN_MILLIS}: closing a socket with unread
     * bytes resets it, and the client would lose the 413 it was answered.
     */
    static void closeAfterAnswer(RoutingContext routing) {
        if (routing.request().version() == HttpVersion.HTTP_2) {
            return;
        }
        routing.response().putHeader("Connection", "close");
        HttpServerRequest request = routing.request();
        routing.addEndHandler(ended -> {
            if (request.isEnded()) {
                request.connection().close();
                return;
            }
            try {
                request.handler(dropped -> {
                });
                request.endHandler(end -> request.connection().close());
                request.resume();
                routing.vertx().setTimer(DRAIN_MILLIS, timeout -> request.connection().close());
            } catch (IllegalStateException alreadyRead) {
                request.connection().close();
            }
        });
    }
}
