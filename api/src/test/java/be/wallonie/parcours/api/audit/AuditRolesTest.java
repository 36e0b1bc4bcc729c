package be.wallonie.parcours.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The application's database role may read and append to the audit trail, never rewrite it: every statement below runs
 * on the application's own connections (its datasource) and is refused by PostgreSQL's privileges, whatever the code
 * of the application (docs/adr/0028). Its owner, who could, is stopped by the tables' triggers unless it sets them
 * aside on purpose.
 */
@QuarkusTest
class AuditRolesTest {

    private static final List<String> AUDIT_TABLES = List.of("audit_event", "administration_event", "refusal_event",
            "audit_seal");
    /** PostgreSQL's "insufficient privilege" (a missing grant, or "must be owner"). */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    DataSource dataSource;

    @Test
    void theApplicationConnectsAsARoleThatDoesNotOwnTheAuditTables() throws SQLException {
        assertThat(query("select current_user")).isEqualTo("parcours_app");
        for (String table : AUDIT_TABLES) {
            assertThat(query("select tableowner from pg_tables where tablename = '" + table + "'"))
                    .as(table).isNotEqualTo("parcours_app");
            assertThat(query("select has_table_privilege('" + table + "', 'SELECT')::text")).as(table)
                    .isEqualTo("true");
        }
    }

    @Test
    void theApplicationRoleCannotUpdateDeleteTruncateOrDisableTheTriggersOfTheAuditTables() {
        for (String table : AUDIT_TABLES) {
            String column = "audit_seal".equals(table) ? "day" : "id";
            for (String change : List.of("update " + table + " set " + column + " = " + column,
                    "delete from " + table, "truncate " + table,
                    "alter table " + table + " disable trigger all",
                    "alter table " + table + " disable trigger " + table + "_append_only",
                    "drop trigger " + table + "_append_only on " + table)) {
                assertThatThrownBy(() -> execute(change)).as(change)
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
        }
    }

    @Test
    void theApplicationRoleMayNotWriteASealNorChangeTheFunctionsThatCheckTheTrail() {
        assertThatThrownBy(() -> execute("insert into audit_seal (day, row_count, digest, chain, sealed_at) "
                + "values (date '1970-01-01', 0, '\\x00', '\\x00', now())"))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        assertThatThrownBy(() -> execute("create or replace function audit_event_digest(e audit_event) returns bytea "
                + "language sql as 'select ''\\x00''::bytea'"))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    @Test
    void eachRowGetsTheHashOfWhatIsStoredWhateverTheClientSends() throws SQLException {
        UUID id = UUID.randomUUID();
        execute("insert into audit_event (id, occurred_at, actor, role, tenant, endpoint, person_id, action, outcome, "
                + "row_hash) values ('" + id + "', now(), 'agent.cripel', 'CRI_AGENT', 'CRIPEL', "
                + "'GET /persons/{id}', gen_random_uuid(), 'READ', 'SUCCESS', '\\x00')");
        assertThat(query("select (row_hash = audit_event_digest(e) and length(row_hash) = 32)::text from audit_event e "
                + "where id = '" + id + "'")).isEqualTo("true");
    }

    @Test
    void theOwnerIsStoppedByTheTriggersUnlessItSetsThemAside() {
        for (String change : List.of("update audit_event set actor = actor", "delete from refusal_event",
                "truncate audit_event", "truncate administration_event", "truncate audit_seal")) {
            assertThatThrownBy(() -> SchemaOwner.run(change)).as(change).hasMessageContaining("append-only");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
