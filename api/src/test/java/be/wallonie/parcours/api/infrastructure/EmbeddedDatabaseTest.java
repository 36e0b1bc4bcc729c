package be.wallonie.parcours.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The tests run against a real PostgreSQL, started by the application itself when no URL is configured. */
@QuarkusTest
class EmbeddedDatabaseTest {

    @Inject
    DataSource dataSource;

    @Test
    void testsRunAgainstARealPostgreSql() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("select version()")) {
            result.next();
            assertThat(result.getString(1)).startsWith("PostgreSQL");
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:postgresql://localhost:");
        }
    }

    @Test
    void flywayOwnsTheSchema() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "select count(*) from flyway_schema_history where success and version is not null")) {
            result.next();
            assertThat(result.getInt(1)).isGreaterThanOrEqualTo(3);
        }
    }
}
