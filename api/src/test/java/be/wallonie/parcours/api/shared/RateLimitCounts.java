package be.wallonie.parcours.api.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The limits' counters, which live in PostgreSQL and so outlive a test class (every profile of the test run shares one
 * database): a test of a limit starts with none.
 */
public final class RateLimitCounts {

    private RateLimitCounts() {
    }

    /** Forgets every count: the rate limits' buckets and the sign-in failures. */
    public static void forgetAll(DataSource database) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from rate_limit_bucket");
            statement.executeUpdate("delete from sign_in_failure");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a table of counts. */
    public static long rows(DataSource database, String table) {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
