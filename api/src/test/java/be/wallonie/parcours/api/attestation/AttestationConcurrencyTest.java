package be.wallonie.parcours.api.attestation;

import static be.wallonie.parcours.api.person.PersonFixture.LIEGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationNumber;
import be.wallonie.parcours.domain.attestation.AttestationRenderer;
import be.wallonie.parcours.domain.attestation.AttestationRepository;
import be.wallonie.parcours.domain.attestation.Recipient;
import be.wallonie.parcours.domain.attestation.Transmission;
import be.wallonie.parcours.domain.attestation.TransmissionRepository;

/**
 * Attestations issued in parallel transactions (docs/adr/0011-transmission-cursor.md): the counter never gives a number
 * twice, and a recipient polling its feed while they commit sees every committed copy exactly once. Each issuing
 * transaction waits a little after its cursors are assigned, before it commits: the window in which a poller of a
 * plain sequence would see a later cursor first and skip the earlier one for ever.
 */
@QuarkusTest
class AttestationConcurrencyTest {

    private static final int THREADS = 6;
    private static final AttestationRenderer FAKE_PDF = attestation -> ("%PDF-test " + attestation.number())
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    CompletedCaseFiles files;
    @Inject
    AttestationRepository attestations;
    @Inject
    TransmissionRepository transmissions;

    @Test
    void theNumberCounterNeverGivesTheSameNumberTwice() throws Exception {
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<AttestationNumber>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(pool.submit(() -> {
                List<AttestationNumber> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(QuarkusTransaction.requiringNew().call(() -> attestations.nextNumber("CRIC", 2099)));
                }
                return mine;
            }));
        }
        List<Long> sequences = new ArrayList<>();
        for (Future<List<AttestationNumber>> result : results) {
            result.get(2, TimeUnit.MINUTES).forEach(number -> sequences.add(number.sequence()));
        }
        pool.shutdown();

        assertThat(sequences).hasSize(THREADS * perThread).doesNotHaveDuplicates();
        assertThat(Collections.max(sequences) - Collections.min(sequences)).isEqualTo(THREADS * perThread - 1L);
    }

    @Test
    void aPollerNeverSkipsACommittedTransmission() throws Exception {
        int attestationsToIssue = 18;
        List<UUID> fileIds = new ArrayList<>();
        for (int i = 0; i < attestationsToIssue; i++) {
            fileIds.add(files.completedFile(PersonFixture.uniqueName("Parallel"), "Test", i % 2 == 0));
        }
        Recipient commune = Recipient.commune(LIEGE);
        Recipient cpas = Recipient.cpas(LIEGE);
        Poller communePoller = new Poller(commune, lastCursor(commune));
        Poller cpasPoller = new Poller(cpas, lastCursor(cpas));

        AtomicBoolean issuing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        Future<?> polling = pool.submit(() -> {
            while (issuing.get()) {
                communePoller.poll();
                cpasPoller.poll();
            }
            return null;
        });
        List<Future<Attestation>> issued = new ArrayList<>();
        for (int i = 0; i < fileIds.size(); i++) {
            UUID fileId = fileIds.get(i);
            // a year each: the number's row lock (per CRI and year) does not serialise these transactions, only the
            // feed's counter does
            LocalDate issuedOn = CompletedCaseFiles.ISSUED_ON.plusYears(i);
            issued.add(pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                Attestation attestation = files.issue(fileId, issuedOn, FAKE_PDF);
                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 60)); // holds its cursors, uncommitted
                return attestation;
            })));
        }
        Set<String> numbers = new HashSet<>();
        Set<UUID> committed = new HashSet<>();
        for (Future<Attestation> result : issued) {
            Attestation attestation = result.get(2, TimeUnit.MINUTES);
            numbers.add(attestation.number().toString());
            attestation.transmissions().forEach(copy -> committed.add(copy.id()));
        }
        issuing.set(false);
        polling.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        communePoller.poll();
        cpasPoller.poll();

        assertThat(numbers).hasSize(attestationsToIssue);
        assertThat(committed).hasSize(attestationsToIssue + attestationsToIssue / 2);
        List<UUID> seen = new ArrayList<>(communePoller.seen);
        seen.addAll(cpasPoller.seen);
        assertThat(seen).doesNotHaveDuplicates().containsAll(committed);
        assertThat(communePoller.polls + cpasPoller.polls).isGreaterThan(2);
    }

    /** A recipient polling its feed: each call asks for the copies after the last cursor it received. */
    private final class Poller {

        final Recipient recipient;
        final List<UUID> seen = Collections.synchronizedList(new ArrayList<>());
        final Set<Long> cursors = ConcurrentHashMap.newKeySet();
        long cursor;
        int polls;

        Poller(Recipient recipient, long cursor) {
            this.recipient = recipient;
            this.cursor = cursor;
        }

        synchronized void poll() {
            List<Transmission> page;
            do {
                page = QuarkusTransaction.requiringNew().call(() -> transmissions.dueTo(recipient, cursor, 50));
                for (Transmission copy : page) {
                    assertThat(cursors.add(copy.cursor())).isTrue();
                    seen.add(copy.id());
                    cursor = copy.cursor();
                }
                polls++;
            } while (page.size() == 50);
        }
    }

    private long lastCursor(Recipient recipient) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long cursor = 0;
            List<Transmission> page;
            do {
                page = transmissions.dueTo(recipient, cursor, 200);
                if (!page.isEmpty()) {
                    cursor = page.get(page.size() - 1).cursor();
                }
            } while (page.size() == 200);
            return cursor;
        });
    }
}
