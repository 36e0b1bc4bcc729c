package be.wallonie.parcours.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * The database away is a 503 the client retries, never a 500 (docs/adr/0024-database-away-and-races.md): the
 * failures as the driver, the pool and Hibernate give them when PostgreSQL is stopped, killed or restarting, however
 * deep in the causes; and only those.
 */
class DatabaseUnavailableTest {

    /** As the request sees a failure of the database: several layers of wrapping around the driver's exception. */
    private static RuntimeException wrapped(Throwable driver) {
        return new IllegalStateException("request failed",
                new PersistenceException("could not execute statement", driver));
    }

    @Test
    void aRefusedConnectionIsTheDatabaseAway() {
        var refused = new PSQLException("Connection to 127.0.0.1:55493 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));

        assertThat(DatabaseUnavailable.isCauseOf(wrapped(refused))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new ConnectException("Connection refused"))).isTrue();
    }

    @Test
    void aConnectionLostDuringAStatementIsTheDatabaseAway() {
        var lost = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE);

        assertThat(DatabaseUnavailable.isCauseOf(wrapped(lost))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new JDBCConnectionException("could not prepare statement",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingIsTheDatabaseAway() {
        for (String state : new String[]{"57P01", "57P02", "57P03", "53300", "08001", "08006", "08P01"}) {
            assertThat(DatabaseUnavailable.isCauseOf(wrapped(new SQLException("FATAL", state)))).as(state).isTrue();
        }
    }

    @Test
    void noConnectionWithinThePoolsAcquisitionTimeoutIsTheDatabaseAway() {
        var timeout = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));

        assertThat(DatabaseUnavailable.isCauseOf(wrapped(timeout))).isTrue();
    }

    @Test
    void aFailureKeptAsSuppressedOrAsTheNextExceptionIsFound() {
        var commit = new IllegalStateException("commit failed");
        commit.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
        var batch = new SQLException("Batch entry 0 was aborted", "25P02");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));

        assertThat(DatabaseUnavailable.isCauseOf(commit)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(wrapped(batch))).isTrue();
    }

    @Test
    void aRefusalOfTheDatabaseOrADefectIsNotTheDatabaseAway() {
        for (String state : new String[]{"23505", "40P01", "40001", "42P01", "22021", "57014", null}) {
            assertThat(DatabaseUnavailable.isCauseOf(wrapped(new SQLException("refused", state)))).as(state)
                    .isFalse();
        }
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        var first = new IllegalStateException("first");
        var second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.isCauseOf(first)).isFalse();
    }

    @Test
    void theAnswerIsA503ProblemWithRetryAfter() {
        Response response = ProblemMapper.databaseUnavailable(Locale.ENGLISH, null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER))
                .isEqualTo(Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        assertThat(response.getMediaType().toString()).isEqualTo(ProblemMapper.PROBLEM_JSON);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo("urn:parcours:problem:service-unavailable");
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.detail()).contains("Idempotency-Key")
                .contains(Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    }
}
