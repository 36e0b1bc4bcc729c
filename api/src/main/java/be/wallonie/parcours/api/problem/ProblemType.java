package be.wallonie.parcours.api.problem;

/**
 * The kinds of problem the API answers, each with a stable URN (clients may rely on it) and its HTTP status. Titles and
 * default details are in {@code i18n/messages*.properties} under {@code problem.<key>.title} and {@code .detail}.
 */
public enum ProblemType {
    VALIDATION("validation", 400), MALFORMED_REQUEST("malformed-request", 400), UNAUTHENTICATED("unauthenticated",
            401), INVALID_CREDENTIALS("invalid-credentials", 401), FORBIDDEN("forbidden", 403), NOT_FOUND("not-found",
                    404), METHOD_NOT_ALLOWED("method-not-allowed", 405), NOT_ACCEPTABLE("not-acceptable",
                            406), CONFLICT("conflict", 409), ILLEGAL_TRANSITION("illegal-transition",
                                    409), DUPLICATE_PERSON("duplicate-person",
                                            409), LIKELY_DUPLICATE("likely-duplicate", 409), PRECONDITION_FAILED(
                                                    "precondition-failed",
                                                    412), UNSUPPORTED_MEDIA_TYPE("unsupported-media-type",
                                                            415), UNPROCESSABLE(
                                                                    "unprocessable",
                                                                    422), PRECONDITION_REQUIRED("precondition-required",
                                                                            428), TOO_MANY_REQUESTS("too-many-requests",
                                                                                    429), INTERNAL_ERROR(
                                                                                            "internal-error",
                                                                                            500), SERVICE_UNAVAILABLE(
                                                                                                    "service-unavailable",
                                                                                                    503),
    /** The Idempotency-Key was used before for another request. */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 409),
    /** An attendance file refused as a whole: its lines' errors, or a file that cannot be read. */
    IMPORT_REJECTED("import-rejected", 422),
    /** A request body larger than the endpoint accepts (an attendance file of more than 50,000 lines). */
    CONTENT_TOO_LARGE("content-too-large", 413),
    /** A request target (path and query) longer than the API reads (docs/adr/0023-http-edge.md). */
    URI_TOO_LONG("uri-too-long", 414),
    /** Request headers larger, all together, than the API reads (docs/adr/0023-http-edge.md). */
    HEADERS_TOO_LARGE("headers-too-large", 431);

    private final String key;
    private final int status;

    ProblemType(String key, int status) {
        this.key = key;
        this.status = status;
    }

    public String urn() {
        return "urn:parcours:problem:" + key;
    }

    public String key() {
        return key;
    }

    public int status() {
        return status;
    }

    /** The generic type for a status that no more specific type describes. */
    public static ProblemType forStatus(int status) {
        if (status == 400) {
            return MALFORMED_REQUEST;
        }
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
