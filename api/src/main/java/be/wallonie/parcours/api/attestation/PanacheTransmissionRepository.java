package be.wallonie.parcours.api.attestation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import be.wallonie.parcours.domain.attestation.Recipient;
import be.wallonie.parcours.domain.attestation.Transmission;
import be.wallonie.parcours.domain.attestation.TransmissionRepository;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * The copies due to communes and CPAS. Tenancy is in the query: a recipient (kind and NIS code) finds only its own
 * copies; the feed is read in cursor order after the last cursor the recipient saw.
 */
@ApplicationScoped
public class PanacheTransmissionRepository
        implements
            TransmissionRepository,
            PanacheRepositoryBase<Transmission, UUID> {

    @Override
    public List<Transmission> dueTo(Recipient recipient, long afterCursor, int limit) {
        return feed("", recipient, afterCursor, limit);
    }

    @Override
    public List<Transmission> dueTo(Recipient recipient, long afterCursor, boolean acknowledged, int limit) {
        return feed(acknowledged ? " and t.acknowledgedAt is not null" : " and t.acknowledgedAt is null", recipient,
                afterCursor, limit);
    }

    private List<Transmission> feed(String condition, Recipient recipient, long afterCursor, int limit) {
        if (limit < 1 || limit > Paging.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be between 1 and " + Paging.MAX_PAGE_SIZE);
        }
        return find("from Transmission t join fetch t.attestation where t.recipient.kind = :kind"
                + " and t.recipient.nisCode = :nis and t.cursor > :after" + condition + " order by t.cursor",
                Parameters.with("kind", recipient.kind()).and("nis", recipient.nisCode()).and("after", afterCursor))
                .range(0, limit - 1).list();
    }

    /**
     * The copies not acknowledged yet, counted per recipient (kind, NIS code, commune's name): one grouped query over
     * the partial index of the unacknowledged copies (V014). For the metrics (PendingTransmissions).
     */
    public List<PendingCopies> pendingPerRecipient() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select t.recipient_kind, t.recipient_nis, c.name_fr, count(*)
                from transmission t join commune c on c.nis_code = t.recipient_nis
                where t.acknowledged_at is null
                group by t.recipient_kind, t.recipient_nis, c.name_fr""").getResultList();
        return rows.stream().map(row -> new PendingCopies((String) row[0], (String) row[1], (String) row[2],
                ((Number) row[3]).longValue())).toList();
    }

    /** The copies a recipient has not acknowledged. */
    public record PendingCopies(String recipientKind, String nisCode, String communeName, long copies) {
    }

    @Override
    public Optional<Transmission> findById(UUID id, Recipient recipient) {
        return find("from Transmission t join fetch t.attestation where t.id = :id and t.recipient.kind = :kind"
                + " and t.recipient.nisCode = :nis",
                Parameters.with("id", id).and("kind", recipient.kind()).and("nis", recipient.nisCode()))
                .firstResultOptional();
    }
}
