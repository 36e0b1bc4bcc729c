package be.wallonie.parcours.api.audit;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import be.wallonie.parcours.api.security.CurrentUser;

/**
 * Records every 403 and 404 that an endpoint answers a signed-in caller (docs/adr/0028): a record of another tenant (a
 * person of another CRI, an enrolment of another operator, a commune's attestation of another commune...), a record
 * that does not exist (the API does not tell them apart, nor does the trail), or an operation the caller's role may not
 * call. One row: who, role, tenant, the endpoint's template, the kind and id of the record asked for, the status. A path
 * no endpoint serves, and anonymous callers, are not recorded (the rate limits bound them).
 */
@Singleton
public class AccessRefusals {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9_]+)[^}]*}");

    private final Refusals refusals;
    private final CurrentIdentityAssociation identities;
    private final CurrentUser user;
    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    AccessRefusals(Refusals refusals, CurrentIdentityAssociation identities, CurrentUser user) {
        this.refusals = refusals;
        this.identities = identities;
        this.user = user;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response,
            SimpleResourceInfo resource) {
        int status = response.getStatus();
        if (status != 403 && status != 404) {
            return Uni.createFrom().voidItem();
        }
        Optional<Method> method = method(resource);
        if (method.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem((SecurityIdentity) null)
                .flatMap(identity -> identity == null || identity.isAnonymous()
                        ? Uni.createFrom().voidItem()
                        : record(caller(identity), request, method.get(), status));
    }

    private Uni<Void> record(Caller caller, ContainerRequestContext request, Method method, int status) {
        String template = templates.computeIfAbsent(method, AccessRefusals::template);
        String endpoint = request.getMethod() + " " + PARAMETER.matcher(template).replaceAll("{$1}");
        String last = null;
        int lastStart = -1;
        for (Matcher parameters = PARAMETER.matcher(template); parameters.find();) {
            last = parameters.group(1);
            lastStart = parameters.start();
        }
        List<String> literals = Arrays.stream((last == null ? template : template.substring(0, lastStart)).split("/"))
                .filter(segment -> !segment.isEmpty() && !segment.startsWith("{"))
                .toList();
        // the collection of the record asked for: the segment before its id, or the first one without an id
        String kind = literals.isEmpty() ? null : last == null ? literals.get(0) : literals.get(literals.size() - 1);
        String id = last == null ? null : request.getUriInfo().getPathParameters().getFirst(last);
        Runnable insert = () -> refusals.access(caller, endpoint, kind, id, status);
        if (BlockingOperationControl.isBlockingAllowed()) {
            insert.run();
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> {
            insert.run();
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Caller caller(SecurityIdentity identity) {
        try {
            return Caller.of(identity.getPrincipal().getName(), user.tenant());
        } catch (RuntimeException unknownRole) {
            return new Caller(identity.getPrincipal().getName(), null, null);
        }
    }

    private static Optional<Method> method(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null || resource.getMethodName() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(resource.getResourceClass().getMethod(resource.getMethodName(),
                    resource.parameterTypes()));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** The path template of an endpoint: its class's {@code @Path} and its own, such as {@code /persons/{id}}. */
    static String template(Method method) {
        Path onClass = method.getDeclaringClass().getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        String path = (onClass == null ? "" : onClass.value()) + "/" + (onMethod == null ? "" : onMethod.value());
        String normalised = path.replaceAll("/+", "/");
        return normalised.length() > 1 && normalised.endsWith("/")
                ? normalised.substring(0, normalised.length() - 1)
                : normalised;
    }
}
