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

import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Each operation reads a body of at most its {@link BodyLimit} ({@link BodyLimit#DEFAULT} without one): a larger
 * {@code Content-Length} is answered 413 {@code content-too-large} before a byte is read; a body without one (chunked)
 * is counted while it is read, and answered the same as soon as it passes the limit, so that no more than the limit is
 * ever held. Either way the connection is closed after the answer: the rest of the body is not read.
 */
@Singleton
public class BodyLimits {

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

    /** The body is left unread: the connection closes once the answer is sent (HTTP/1; HTTP/2 resets the stream). */
    static void closeAfterAnswer(RoutingContext routing) {
        if (routing.request().version() != HttpVersion.HTTP_2) {
            routing.response().putHeader("Connection", "close");
            routing.addEndHandler(ended -> routing.request().connection().close());
        }
    }
}
