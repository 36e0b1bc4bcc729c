package be.wallonie.parcours.api.infrastructure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body an operation reads, in bytes, when it is not {@link #DEFAULT}: a larger body is answered
 * with a 413 {@code content-too-large} problem before it is read ({@link BodyLimits}), and the OpenAPI document states
 * the limit of each operation ({@link BodyLimitsDocumented}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    /** The limit of an operation without this annotation: an ordinary JSON body, 64 KiB. */
    long DEFAULT = 64 * 1024;
    /** The token endpoint's: its credentials, 4 KiB. */
    long CREDENTIALS = 4 * 1024;
    /**
     * An attendance file's: 50,000 lines of up to 330 bytes (a reference of 100 characters, accented and quoted, is the
     * widest field), 16 MiB. {@code quarkus.http.limits.max-body-size} must be at least this.
     */
    long ATTENDANCE_FILE = 16 * 1024 * 1024;

    /** The limit in bytes. */
    long value();
}
