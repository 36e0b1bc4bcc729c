package be.wallonie.parcours.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Two requests that race in the database get a 409 the client can act on, never a 500. */
class RacedRequestsTest {

    private static RuntimeException wrapped(String sqlState) {
        return new IllegalStateException("commit failed",
                new RuntimeException("could not execute statement", new SQLException("refused", sqlState)));
    }

    @Test
    void aDeadlockOrASerializationFailureAsksToRetry() {
        assertThat(ProblemMapper.racedDetailKey(wrapped("40P01"))).isEqualTo("problem.raced.retry");
        assertThat(ProblemMapper.racedDetailKey(wrapped("40001"))).isEqualTo("problem.raced.retry");
    }

    @Test
    void aUniqueViolationSaysTheRecordExistsNow() {
        assertThat(ProblemMapper.racedDetailKey(wrapped("23505"))).isEqualTo("problem.raced.exists");
    }

    @Test
    void anyOtherFailureIsNotARace() {
        assertThat(ProblemMapper.racedDetailKey(wrapped("42P01"))).isNull();
        assertThat(ProblemMapper.racedDetailKey(new IllegalStateException("bug"))).isNull();
    }
}
