package be.wallonie.parcours.api.problem;

/**
 * The names of the problem answers the endpoints share, described once in {@code META-INF/openapi.yaml} (merged into
 * the OpenAPI document) and referred to from the resources:
 * {@code @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)}.
 */
public final class ProblemResponses {

    public static final String INVALID = "Invalid";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String REFUSED = "Refused";
    public static final String STALE = "Stale";
    public static final String VERSION_REQUIRED = "VersionRequired";
    public static final String KEY_REUSED = "IdempotencyKeyReused";
    public static final String CONTENT_TOO_LARGE = "ContentTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";

    private ProblemResponses() {
    }
}
