package be.wallonie.parcours.api.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.attestation.AttestationRenderer;

/**
 * One page of the transmission feed reads its copies with their attestations in one query: the same queries, and no
 * collection loaded one copy at a time, whether the page holds one copy or five. (Hibernate's statistics are on in the
 * test profile.)
 */
@QuarkusTest
class TransmissionFeedQueriesTest {

    private static final AttestationRenderer FAKE_PDF = attestation -> ("%PDF-test " + attestation.number())
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    CompletedCaseFiles files;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfTheFeedCostsTheSameQueriesWhateverItsNumberOfCopies() {
        long since = lastCursor();
        issueCopiesToLiege(1);
        Cost one = costOf(since, 1);
        issueCopiesToLiege(4);
        Cost five = costOf(since, 5);

        assertThat(five.queries()).as("queries of a page of five copies").isEqualTo(one.queries());
        assertThat(five.collectionLoads()).as("collections loaded for a page of five copies").isZero();
        assertThat(one.collectionLoads()).as("collections loaded for a page of one copy").isZero();
    }

    /** What one poll cost: queries run, and collections loaded one by one. */
    private record Cost(long queries, long collectionLoads) {
    }

    private Cost costOf(long since, int expectedCopies) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Response feed = Tokens.as(Tokens.COMMUNE_LIEGE).queryParam("since", since).queryParam("limit", 200)
                .get("/api/v1/transmissions");
        feed.then().statusCode(200);
        assertThat(feed.<Integer>path("items.size()")).isEqualTo(expectedCopies);
        return new Cost(statistics.getQueryExecutionCount(), statistics.getCollectionLoadCount());
    }

    private void issueCopiesToLiege(int count) {
        for (int i = 0; i < count; i++) {
            var fileId = files.completedFile(PersonFixture.uniqueName("Feed"), "Test", false);
            QuarkusTransaction.requiringNew().run(() -> files.issue(fileId, FAKE_PDF));
        }
    }

    private static long lastCursor() {
        long since = 0;
        while (true) {
            Response feed = Tokens.as(Tokens.COMMUNE_LIEGE).queryParam("since", since).queryParam("limit", 200)
                    .get("/api/v1/transmissions");
            feed.then().statusCode(200);
            long next = ((Number) feed.path("nextCursor")).longValue();
            if (next == since) {
                return since;
            }
            since = next;
        }
    }
}
