package be.wallonie.parcours.api.shared;

import jakarta.ws.rs.core.EntityTag;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemType;

/**
 * Optimistic locking over HTTP: a resource's version is its {@code ETag}; a change must send it back in
 * {@code If-Match} (428 without it, 412 when it is stale).
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the client read, from its If-Match header. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, null);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, null);
        }
    }

    /** Refuses the change when the client's version is not the current one. */
    public static void require(long expected, long current) {
        if (expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, null);
        }
    }
}
