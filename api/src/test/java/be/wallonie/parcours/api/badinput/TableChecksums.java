package be.wallonie.parcours.api.badinput;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

/**
 * A checksum of each table of the application, to prove that a refused request changed no row:
 * {@code md5(string_agg(t::text, ... order by t::text))} per table, all tables in one statement. The checksums are
 * computed only when the database's {@link #clock} moved: a row cannot change without a transaction id, and the
 * {@code xmax} of {@code pg_current_snapshot()} (the transaction id after the last one that ended) does not move
 * while no transaction that wrote, or tried to write, has ended. Most refused requests write nothing: two small reads
 * instead of two full checksums.
 * <p>
 * Left out, because they change on a refusal by design: {@code refusal_event}, the refused requests recorded in a
 * transaction of their own (docs/adr/0028), and the counts of the rate limits and of failed sign-ins
 * ({@code rate_limit_bucket}, {@code sign_in_failure}, docs/adr/0027), which every request, refused or not, counts
 * in. The audit trail ({@code audit_event}) and the administrators' log ({@code administration_event}) are written in
 * the transaction of the change they record, so a refused change rolls them back too; a refused posting leaves no
 * {@code idempotency_record} (V009: the claim rolls back with the posting).
 * Should a table ever have to change on a refusal (an access log of refused requests), it goes in {@link #IGNORED},
 * with its reason. Flyway's history is not the application's data.
 */
final class TableChecksums {

    private static final Set<String> IGNORED = Set.of("flyway_schema_history", "refusal_event", "rate_limit_bucket",
            "sign_in_failure");

    private final DataSource dataSource;
    private final String statement;
    private final List<String> tables;

    TableChecksums(DataSource dataSource) {
        this.dataSource = dataSource;
        this.tables = tables(dataSource);
        List<String> selects = new ArrayList<>();
        for (String table : tables) {
            selects.add("select '%1$s', md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from %1$s t"
                    .formatted(table));
        }
        this.statement = String.join(" union all ", selects);
    }

    private static List<String> tables(DataSource dataSource) {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1")) {
            while (rows.next()) {
                if (!IGNORED.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(tables);
    }

    /** Each table's checksum, now. */
    Map<String, String> now() {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery(statement)) {
            while (rows.next()) {
                sums.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    /** The id after the last transaction that ended (a write or an attempt to write; reads take no id). */
    long clock() {
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("select pg_snapshot_xmax(pg_current_snapshot())::text")) {
            rows.next();
            return Long.parseLong(rows.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables whose checksum differs. */
    static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((table, sum) -> {
            if (!sum.equals(before.get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }

    int size() {
        return tables.size();
    }
}
