package be.wallonie.parcours.api.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * What every operation of the OpenAPI document shares, added once here rather than on each resource
 * (docs/adr/0021):
 * <ul>
 * <li>the answers common to all: 401 on the secured operations, 429 (every client has a limit), 500 and 503, and the
 * HTTP edge's 400, 406, 413, 414, 415 and 431, each a problem described once in {@code META-INF/openapi.yaml};</li>
 * <li>the {@code RateLimit-*} headers on every 2xx and 4xx answer, since every answer carries them
 * ({@code ClientRateLimit}), and {@code Retry-After} on the 429s;</li>
 * <li>{@code security: []} on the operations open without a token, so that a public operation is said to be public,
 * not left undeclared;</li>
 * <li>the servers, with their audience and environment, and the description of the bearer scheme;</li>
 * <li>the length that a string's format implies (a UUID, a date, an instant), and the bound of a nullable value's
 * type on the value itself; a set of an enumeration's values holds at most as many as there are.</li>
 * </ul>
 * The document is checked by Spectral with the OWASP ruleset in the build (docs/openapi/.spectral.yaml).
 */
public class OpenApiCommonResponses implements OASFilter {

    static final String UNAUTHENTICATED = "Unauthenticated";
    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    static final String INTERNAL_ERROR = "InternalError";
    static final String UNAVAILABLE = "Unavailable";
    /**
     * The answers of the HTTP edge (docs/adr/0023), which any request may get whatever its operation: a malformed
     * request, an unacceptable Accept, a target or headers too long, a body too large or of a type not read.
     */
    static final Map<String, String> EDGE = new java.util.TreeMap<>(Map.of("400", "Malformed", "406",
            "NotAcceptable", "413", "ContentTooLarge", "414", "UriTooLong", "415", "UnsupportedMediaType", "431",
            "HeadersTooLarge"));
    static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset");
    static final String RETRY_AFTER = "Retry-After";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** A language tag (RFC 5646 asks every implementation to handle 35 characters; the API sends 2 or 3). */
    private static final int LANGUAGE_TAG = 35;
    /** The lengths of the strings whose format fixes them, as Jackson writes them. */
    private static final Map<String, Integer> LENGTH_OF_FORMAT = Map.of("uuid", 36, "date", 10,
            // 2026-11-23T09:12:03.123456789+01:00
            "date-time", 35);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(servers());
        Components components = openAPI.getComponents();
        declareHeaders(components);
        describeBearer(components);
        Optional.ofNullable(components.getResponses()).ifPresent(responses -> responses.forEach((name, response) -> {
            if (!name.equals(INTERNAL_ERROR) && !name.equals(UNAVAILABLE)) {
                addRateLimitHeaders(response);
            }
        }));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(OpenApiCommonResponses::addCommonAnswers));
        }
        boundStrings(openAPI);
    }

    private static List<Server> servers() {
        return List.of(
                OASFactory.createServer().url("https://parcours.wallonie.be")
                        .description("Production: the Region's Parcours, for the CRIs, the operators, the communes "
                                + "and CPAS, and the public")
                        .addExtension("x-internal", false),
                OASFactory.createServer().url("/")
                        .description("Local or test: the instance that serves this document (dev mode, a test or "
                                + "staging instance)")
                        .addExtension("x-internal", true));
    }

    /** The headers the answers refer to: the rate limits' (ClientRateLimit), Retry-After, WWW-Authenticate. */
    private static void declareHeaders(Components components) {
        header(components, "RateLimit-Limit", "The requests you may make in a burst under the limit that applies to "
                + "this request, earned back at that many a minute (IETF draft \"RateLimit header fields for HTTP\"). "
                + "Where several limits apply (every client's, and the public pages' or the sign-in's), the one "
                + "closest to running out.", integer(1, Integer.MAX_VALUE), 600);
        header(components, "RateLimit-Remaining", "The requests you may still make now under that limit",
                integer(0, Integer.MAX_VALUE), 599);
        header(components, "RateLimit-Reset", "Seconds until that limit's allowance is whole again", integer(0, 60),
                1);
        header(components, RETRY_AFTER, "Seconds to wait before sending the request again", integer(1, 3600), 2);
        header(components, "WWW-Authenticate", "The scheme to authenticate with",
                OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200), "Bearer");
    }

    private static void header(Components components, String name, String description, Schema schema,
            Object example) {
        if (components.getHeaders() == null || !components.getHeaders().containsKey(name)) {
            components.addHeader(name,
                    OASFactory.createHeader().description(description).schema(schema).example(example));
        }
    }

    private static Schema integer(int minimum, int maximum) {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                .minimum(java.math.BigDecimal.valueOf(minimum)).maximum(java.math.BigDecimal.valueOf(maximum));
    }

    private static void describeBearer(Components components) {
        if (components.getSecuritySchemes() == null) {
            return;
        }
        SecurityScheme bearer = components.getSecuritySchemes().get("bearer");
        if (bearer != null) {
            bearer.setBearerFormat("JWT");
            bearer.setDescription("An access token from `POST /api/v1/auth/token` (or from the Region's OpenID "
                    + "Connect issuer, docs/adr/0004), sent as `Authorization: Bearer`. A signed JWT (JWS) that "
                    + "follows RFC8725 (JSON Web Token Best Current Practices): one algorithm, RS256, is accepted "
                    + "(never `none`), the signature is checked against the issuer's key, the issuer (`iss`) and the "
                    + "expiry (`exp`, 15 minutes) are checked; the tokens are issued for this API only.");
        }
    }

    private static void addCommonAnswers(Operation operation) {
        boolean open = operation.getSecurity() == null || operation.getSecurity().isEmpty();
        if (open) {
            operation.setSecurity(new ArrayList<>());
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        var responses = operation.getResponses();
        if (!open) {
            addIfAbsent(responses, "401", UNAUTHENTICATED);
        }
        addIfAbsent(responses, "429", TOO_MANY_REQUESTS);
        EDGE.forEach((status, component) -> addIfAbsent(responses, status, component));
        addIfAbsent(responses, "500", INTERNAL_ERROR);
        addIfAbsent(responses, "503", UNAVAILABLE);
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null && (status.startsWith("2") || status.startsWith("4"))) {
                addRateLimitHeaders(response);
            }
            if (response.getRef() == null && status.equals("429")) {
                describeTooManyRequests(response);
            }
        });
    }

    /** A 429 an operation describes itself: with the Retry-After all share, and the problem it is. */
    private static void describeTooManyRequests(APIResponse response) {
        response.addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("Problem"))));
        }
    }

    private static void addIfAbsent(org.eclipse.microprofile.openapi.models.responses.APIResponses responses,
            String status, String component) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    private static void addRateLimitHeaders(APIResponse response) {
        RATE_LIMIT_HEADERS.stream().filter(name -> headerAbsent(response, name))
                .forEach(name -> response.addHeader(name, OASFactory.createHeader().ref(name)));
    }

    private static boolean headerAbsent(APIResponse response, String name) {
        return response.getHeaders() == null || !response.getHeaders().containsKey(name);
    }

    // --- strings bounded by their format or their type ----------------------------------------------------------

    private static void boundStrings(OpenAPI openAPI) {
        Map<String, Schema> named = Optional.ofNullable(openAPI.getComponents().getSchemas()).orElse(Map.of());
        Consumer<Schema> bound = schema -> {
            bound(schema, named);
            boundSet(schema, named);
        };
        named.values().forEach(schema -> walk(schema, bound));
        Optional.ofNullable(openAPI.getComponents().getHeaders()).ifPresent(headers -> headers.values()
                .forEach(header -> walk(header.getSchema(), bound)));
        Optional.ofNullable(openAPI.getComponents().getResponses()).ifPresent(responses -> responses.values()
                .forEach(response -> walkResponse(response, bound)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Optional.ofNullable(item.getParameters()).ifPresent(parameters -> parameters
                    .forEach(parameter -> walkParameter(parameter, bound)));
            for (Operation operation : item.getOperations().values()) {
                Optional.ofNullable(operation.getParameters()).ifPresent(parameters -> parameters
                        .forEach(parameter -> walkParameter(parameter, bound)));
                Optional.ofNullable(operation.getRequestBody())
                        .ifPresent(body -> walkContent(body.getContent(), bound));
                Optional.ofNullable(operation.getResponses()).map(responses -> responses.getAPIResponses())
                        .ifPresent(responses -> responses.values().forEach(response -> walkResponse(response,
                                bound)));
            }
        }
    }

    private static void walkParameter(Parameter parameter, Consumer<Schema> bound) {
        walk(parameter.getSchema(), bound);
        walkContent(parameter.getContent(), bound);
    }

    private static void walkResponse(APIResponse response, Consumer<Schema> bound) {
        walkContent(response.getContent(), bound);
        Optional.ofNullable(response.getHeaders()).ifPresent(headers -> headers.forEach((name, header) -> {
            if (name.equalsIgnoreCase("Content-Language") && header.getSchema() != null
                    && header.getSchema().getMaxLength() == null) {
                header.getSchema().setMaxLength(LANGUAGE_TAG);
            }
            walk(header.getSchema(), bound);
        }));
    }

    private static void walkContent(Content content, Consumer<Schema> bound) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> walk(media.getSchema(), bound));
        }
    }

    private static void walk(Schema schema, Consumer<Schema> visit) {
        if (schema == null) {
            return;
        }
        visit.accept(schema);
        Optional.ofNullable(schema.getProperties()).ifPresent(properties -> properties.values()
                .forEach(property -> walk(property, visit)));
        walk(schema.getItems(), visit);
        walk(schema.getAdditionalPropertiesSchema(), visit);
        for (List<Schema> alternatives : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                schema.getOneOf())) {
            Optional.ofNullable(alternatives).ifPresent(list -> list.forEach(each -> walk(each, visit)));
        }
    }

    /**
     * A string without a bound gets the one its format implies (a UUID has 36 characters), or the bound of the type
     * it refers to: a nullable reference ({@code anyOf: [{$ref: CaseFileState}, {type: null}]}), or a reference with
     * an example beside it.
     */
    private static void bound(Schema schema, Map<String, Schema> named) {
        if (!isString(schema) || isBounded(schema)) {
            return;
        }
        Integer length = schema.getFormat() == null ? null : LENGTH_OF_FORMAT.get(schema.getFormat());
        if (length == null) {
            List<Schema> types = alternatives(schema);
            types.add(schema);
            length = types.stream().map(Schema::getRef).filter(Objects::nonNull)
                    .map(ref -> named.get(ref.substring(ref.lastIndexOf('/') + 1))).filter(Objects::nonNull)
                    .map(OpenApiCommonResponses::maxLengthOf).filter(Objects::nonNull).findFirst().orElse(null);
        }
        if (length != null) {
            schema.setMaxLength(length);
        }
    }

    /** A set of an enumeration's values ({@code Set<Axis>}) holds each at most once. */
    private static void boundSet(Schema schema, Map<String, Schema> named) {
        if (schema.getType() == null || !schema.getType().contains(SchemaType.ARRAY) || schema.getMaxItems() != null
                || !Boolean.TRUE.equals(schema.getUniqueItems()) || schema.getItems() == null) {
            return;
        }
        Schema items = schema.getItems();
        if (items.getRef() != null) {
            items = named.get(items.getRef().substring(items.getRef().lastIndexOf('/') + 1));
        }
        if (items != null && items.getEnumeration() != null && !items.getEnumeration().isEmpty()) {
            schema.setMaxItems(items.getEnumeration().size());
        }
    }

    private static List<Schema> alternatives(Schema schema) {
        List<Schema> all = new ArrayList<>();
        Optional.ofNullable(schema.getAnyOf()).ifPresent(all::addAll);
        Optional.ofNullable(schema.getOneOf()).ifPresent(all::addAll);
        Optional.ofNullable(schema.getAllOf()).ifPresent(all::addAll);
        return all;
    }

    private static Integer maxLengthOf(Schema type) {
        if (type.getMaxLength() != null) {
            return type.getMaxLength();
        }
        if (type.getFormat() != null && LENGTH_OF_FORMAT.containsKey(type.getFormat())) {
            return LENGTH_OF_FORMAT.get(type.getFormat());
        }
        if (type.getEnumeration() != null && !type.getEnumeration().isEmpty()) {
            return type.getEnumeration().stream().filter(Objects::nonNull).mapToInt(value -> value.toString().length())
                    .max().orElse(0);
        }
        return null;
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(SchemaType.STRING);
    }

    private static boolean isBounded(Schema schema) {
        return schema.getMaxLength() != null || (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty())
                || schema.getConstValue() != null;
    }
}
