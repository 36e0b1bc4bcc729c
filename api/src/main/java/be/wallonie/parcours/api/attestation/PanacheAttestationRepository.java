package be.wallonie.parcours.api.attestation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import org.hibernate.Session;

import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationNumber;
import be.wallonie.parcours.domain.attestation.AttestationRepository;
import be.wallonie.parcours.domain.attestation.Transmission;
import be.wallonie.parcours.domain.attestation.VerificationCode;

/**
 * Attestations, their axes and their transmissions in PostgreSQL (V008). Tenancy is in the query: a CRI finds the
 * attestations it issued. The two counters are rows updated in the calling transaction (docs/adr/0011): the number's
 * row per CRI and year, the feed's single row; each stays locked until the transaction ends.
 */
@ApplicationScoped
public class PanacheAttestationRepository implements AttestationRepository, PanacheRepositoryBase<Attestation, UUID> {

    private static final String NEXT_NUMBER = "insert into attestation_counter (cri_code, year, last_value)"
            + " values (?, ?, 1) on conflict (cri_code, year)"
            + " do update set last_value = attestation_counter.last_value + 1 returning last_value";
    private static final String NEXT_CURSORS = "update transmission_cursor set last_value = last_value + ?"
            + " where id = 1 returning last_value";

    @Override
    public AttestationNumber nextNumber(String criCode, int year) {
        long sequence = session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(NEXT_NUMBER)) {
                statement.setString(1, criCode);
                statement.setInt(2, year);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
        return new AttestationNumber(criCode, year, sequence);
    }

    @Override
    public Optional<Attestation> findById(UUID id, String criCode) {
        return find("from Attestation a where a.id = :id and a.cri.code = :cri",
                Parameters.with("id", id).and("cri", criCode)).firstResultOptional();
    }

    @Override
    public Optional<Attestation> findByCaseFile(UUID caseFileId, String criCode) {
        return find("from Attestation a where a.caseFileId = :file and a.cri.code = :cri order by a.issuedAt desc",
                Parameters.with("file", caseFileId).and("cri", criCode)).firstResultOptional();
    }

    @Override
    public Optional<Attestation> findByVerificationCode(VerificationCode code) {
        return find("from Attestation a where a.verificationCode = ?1", code.value()).firstResultOptional();
    }

    @Override
    public Optional<Attestation> findByVerificationCodeAndBirthDate(VerificationCode code, LocalDate birthDate) {
        // one query for both facts: a wrong birth date and an unknown code take the same path and find the same nothing
        return find("from Attestation a where a.verificationCode = :code and a.person.birthDate = :born",
                Parameters.with("code", code.value()).and("born", birthDate)).firstResultOptional();
    }

    @Override
    public void add(Attestation attestation) {
        assignCursors(attestation);
        persist(attestation);
    }

    @Override
    public void announce(Attestation attestation) {
        assignCursors(attestation);
    }

    /**
     * Takes the next cursors from the feed's counter, in this transaction: the row lock it takes is held until commit,
     * so no other transaction obtains a later cursor before this one's are visible.
     */
    private void assignCursors(Attestation attestation) {
        List<Transmission> awaiting = attestation.transmissions().stream().filter(Transmission::awaitsCursor).toList();
        if (awaiting.isEmpty()) {
            return;
        }
        long last = session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(NEXT_CURSORS)) {
                statement.setInt(1, awaiting.size());
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
        long cursor = last - awaiting.size();
        for (Transmission transmission : awaiting) {
            transmission.assignCursor(++cursor);
        }
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
