package be.wallonie.parcours.api.problem;

import java.io.IOException;

/**
 * A request body found larger than its operation reads, while it was being read (a chunked body declares no length).
 * An {@link IOException}, so that the JSON parser and the CSV reader pass it on as it is; answered 413
 * {@code content-too-large}.
 */
public class ContentTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public ContentTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
