package be.wallonie.parcours.api.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The bad-input suite's proof that a refused request changed nothing rests on these: a row written moves the clock
 * and changes its table's checksum, and only its table's; a read moves neither.
 */
@QuarkusTest
class TableChecksumsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRowWrittenMovesTheClockAndChangesItsTableAloneAndAReadMovesNothing() throws SQLException {
        TableChecksums checksums = new TableChecksums(dataSource);
        long clock = checksums.clock();
        Map<String, String> before = checksums.now();
        assertThat(checksums.clock()).as("reading the checksums").isEqualTo(clock);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update cri set website = website where code = 'CRVI'");
        }
        assertThat(checksums.clock()).isGreaterThan(clock);
        assertThat(TableChecksums.changed(before, checksums.now())).as("a row rewritten as it was").isEmpty();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update cri set phone = coalesce(phone, '') || '0' where code = 'CRVI'");
            statement.executeUpdate("update cri set phone = nullif(left(phone, -1), '') where code = 'CRVI'");
            statement.executeUpdate("update cri set seat = seat || ' ' where code = 'CRVI'");
            Map<String, String> after = checksums.now();
            statement.executeUpdate("update cri set seat = rtrim(seat) where code = 'CRVI'");
            assertThat(TableChecksums.changed(before, after)).containsExactly("cri");
        }
        assertThat(TableChecksums.changed(before, checksums.now())).isEmpty();
    }
}
