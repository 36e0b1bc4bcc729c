package be.wallonie.parcours.api.attestation;

import static be.wallonie.parcours.api.attestation.CompletedCaseFiles.ISSUED_ON;
import static be.wallonie.parcours.api.attestation.CompletedCaseFiles.SUPERVISOR;
import static be.wallonie.parcours.api.person.PersonFixture.CRIPEL;
import static be.wallonie.parcours.api.person.PersonFixture.LIEGE;
import static be.wallonie.parcours.api.person.PersonFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationContent;
import be.wallonie.parcours.domain.attestation.AttestationRepository;
import be.wallonie.parcours.domain.attestation.Recipient;
import be.wallonie.parcours.domain.attestation.Transmission;
import be.wallonie.parcours.domain.attestation.TransmissionRepository;
import be.wallonie.parcours.domain.attestation.TransmissionStatus;
import be.wallonie.parcours.domain.attestation.VerificationStatus;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.shared.NisCode;

/**
 * An attestation issued, stored and read back in new transactions: the frozen content, the PDF and its hash, the
 * transmissions with their cursors, tenancy in every query, and a revocation.
 */
@QuarkusTest
class AttestationPersistenceTest {

    private static final Recipient LIEGE_COMMUNE = Recipient.commune(LIEGE);
    private static final Recipient LIEGE_CPAS = Recipient.cpas(LIEGE);

    @Inject
    CompletedCaseFiles files;
    @Inject
    AttestationRepository attestations;
    @Inject
    TransmissionRepository transmissions;
    @Inject
    CaseFileRepository caseFiles;
    @Inject
    PdfAttestationRenderer renderer;

    @Test
    void anIssuedAttestationAndItsTransmissionsSurviveEveryTransaction() {
        UUID fileId = files.completedFile(PersonFixture.uniqueName("Benali"), "Amina", true);
        long cursorBefore = lastCursor(LIEGE_COMMUNE);

        Attestation issued = inTransaction(() -> files.issue(fileId, renderer));
        AttestationContent content = issued.content();

        inTransaction(() -> {
            Attestation reloaded = attestations.findById(issued.id(), CRIPEL).orElseThrow();
            assertThat(reloaded.number()).isEqualTo(issued.number());
            assertThat(reloaded.verificationCode()).isEqualTo(issued.verificationCode());
            assertThat(reloaded.content()).isEqualTo(content);
            assertThat(reloaded.pdf()).isEqualTo(issued.pdf());
            assertThat(reloaded.pdfSha256()).isEqualTo(issued.pdfSha256());
            assertThat(reloaded.pdfIntact()).isTrue();
            assertThat(reloaded.issuedAt()).isEqualTo(at(ISSUED_ON));
            assertThat(reloaded.transmissions()).extracting(Transmission::recipient)
                    .containsExactly(LIEGE_COMMUNE, LIEGE_CPAS);
            assertThat(reloaded.transmissions()).allSatisfy(copy -> {
                assertThat(copy.cursor()).isGreaterThan(cursorBefore);
                assertThat(copy.status()).isEqualTo(TransmissionStatus.PENDING);
            });
            assertThat(caseFiles.findById(fileId, CRIPEL).orElseThrow().state())
                    .isEqualTo(CaseFileState.ATTESTATION_ISSUED);
            assertThat(attestations.findByCaseFile(fileId, CRIPEL)).contains(reloaded);
            return null;
        });

        /* Tenancy: another CRI, another commune, another kind of recipient find nothing. */
        inTransaction(() -> {
            assertThat(attestations.findById(issued.id(), "CAI")).isEmpty();
            assertThat(attestations.findByCaseFile(fileId, "CAI")).isEmpty();
            Transmission toCommune = transmissions.dueTo(LIEGE_COMMUNE, cursorBefore, 200).stream()
                    .filter(copy -> copy.attestation().equals(issued)).findFirst().orElseThrow();
            assertThat(transmissions.findById(toCommune.id(), LIEGE_COMMUNE)).contains(toCommune);
            assertThat(transmissions.findById(toCommune.id(), LIEGE_CPAS)).isEmpty();
            assertThat(transmissions.findById(toCommune.id(), Recipient.commune(new NisCode("92094")))).isEmpty();
            assertThat(transmissions.dueTo(Recipient.commune(new NisCode("92094")), cursorBefore, 200))
                    .noneMatch(copy -> copy.attestation().equals(issued));
            return null;
        });

        /* The public verification reveals the status, the day and the CRI only. */
        inTransaction(() -> {
            assertThat(attestations.findByVerificationCode(issued.verificationCode()).orElseThrow().verification())
                    .satisfies(verification -> {
                        assertThat(verification.status()).isEqualTo(VerificationStatus.VALID);
                        assertThat(verification.issuedOn()).isEqualTo(ISSUED_ON);
                        assertThat(verification.criCode()).isEqualTo(CRIPEL);
                    });
            return null;
        });

        /* The commune fetches its copy twice and acknowledges it twice: the first acknowledgement stays. */
        UUID copyId = issued.transmissions().get(0).id();
        inTransaction(() -> {
            Transmission copy = transmissions.findById(copyId, LIEGE_COMMUNE).orElseThrow();
            copy.recordFetch(at(ISSUED_ON.plusDays(1)));
            copy.recordFetch(at(ISSUED_ON.plusDays(2)));
            copy.acknowledge("liege.api", at(ISSUED_ON.plusDays(2)));
            return null;
        });
        inTransaction(() -> transmissions.findById(copyId, LIEGE_COMMUNE).orElseThrow()
                .acknowledge("someone.else", at(ISSUED_ON.plusDays(5))));
        inTransaction(() -> {
            Transmission copy = transmissions.findById(copyId, LIEGE_COMMUNE).orElseThrow();
            assertThat(copy.status()).isEqualTo(TransmissionStatus.ACKNOWLEDGED);
            assertThat(copy.fetchCount()).isEqualTo(2);
            assertThat(copy.firstFetchedAt()).contains(at(ISSUED_ON.plusDays(1)));
            assertThat(copy.acknowledgedAt()).contains(at(ISSUED_ON.plusDays(2)));
            assertThat(copy.acknowledgedBy()).contains("liege.api");
            return null;
        });

        /* Revoked: the verification says so, and the copies come back in the feeds with the revocation. */
        long cursorBeforeRevocation = lastCursor(LIEGE_COMMUNE);
        inTransaction(() -> {
            Attestation attestation = attestations.findById(issued.id(), CRIPEL).orElseThrow();
            attestation.revoke("Issued on a wrong identity", SUPERVISOR, at(ISSUED_ON.plusDays(10)));
            attestations.announce(attestation);
            return null;
        });
        inTransaction(() -> {
            Attestation revoked = attestations.findById(issued.id(), CRIPEL).orElseThrow();
            assertThat(revoked.isRevoked()).isTrue();
            assertThat(revoked.revocation().orElseThrow().by()).isEqualTo(PersonFixture.SUPERVISOR);
            assertThat(revoked.pdf()).isEqualTo(issued.pdf());
            assertThat(attestations.findByVerificationCode(issued.verificationCode()).orElseThrow().verification()
                    .status()).isEqualTo(VerificationStatus.REVOKED);
            List<Transmission> announced = transmissions.dueTo(LIEGE_COMMUNE, cursorBeforeRevocation, 200);
            assertThat(announced).filteredOn(copy -> copy.attestation().equals(issued)).singleElement()
                    .satisfies(copy -> {
                        assertThat(copy.attestationRevoked()).isTrue();
                        assertThat(copy.status()).isEqualTo(TransmissionStatus.ACKNOWLEDGED);
                    });
            return null;
        });
    }

    @Test
    void theDatabaseKeepsAnIssuedAttestationFrozen() {
        UUID fileId = files.completedFile(PersonFixture.uniqueName("Haddad"), "Omar", false);
        Attestation issued = inTransaction(() -> files.issue(fileId,
                attestation -> "%PDF-test".getBytes(StandardCharsets.US_ASCII)));

        assertThatThrownBy(() -> inTransaction(() -> files.entityManager().createNativeQuery(
                "update attestation set last_name = 'Other' where id = ?1").setParameter(1, issued.id())
                .executeUpdate())).hasStackTraceContaining("an issued attestation is frozen");
    }

    private long lastCursor(Recipient recipient) {
        return inTransaction(() -> {
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

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
