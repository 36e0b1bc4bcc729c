package be.wallonie.parcours.api.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure of the database's availability (docs/adr/0024-database-away-and-races.md) from a defect: PostgreSQL
 * refuses or drops the connection (SQLState class 08), is shutting down or restarting (57P01 {@code admin_shutdown},
 * 57P02 {@code crash_shutdown}, 57P03 {@code cannot_connect_now}), has no connection left (53300), or the pool found no
 * connection within its acquisition timeout. Such a failure is answered 503 {@code service-unavailable} with
 * {@code Retry-After}: the request may be sent again as it is (a posting with the same Idempotency-Key).
 */
public final class DatabaseUnavailable {

    /** The seconds a client is asked to wait before it sends the request again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /**
     * Whether {@code failure}, or any exception in its causes (and their suppressed exceptions), says the database
     * cannot be reached now.
     */
    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toSee = new ArrayDeque<>();
        if (failure != null) {
            toSee.push(failure);
        }
        while (!toSee.isEmpty()) {
            Throwable cause = toSee.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (says(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                toSee.push(cause.getCause());
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                toSee.push(suppressed);
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null) {
                toSee.push(sql.getNextException());
            }
        }
        return false;
    }

    /** The SQLState of an unavailable database: connection exceptions, shutdowns, no connection left. */
    static boolean isUnavailableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03") || sqlState.equals("53300"));
    }

    private static boolean says(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            if (isUnavailableState(sql.getSQLState())) {
                return true;
            }
            // Agroal's pool gives no SQLState when no connection came within the acquisition timeout
            String message = sql.getMessage();
            return sql.getSQLState() == null && message != null
                    && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }
}
