package be.wallonie.parcours.api.idempotency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import be.wallonie.parcours.domain.idempotency.IdempotencyRepository;
import be.wallonie.parcours.domain.idempotency.IdempotentPosting;

/**
 * The keys in {@code idempotency_record}. A claim is an {@code insert … on conflict do nothing}: a concurrent claim of
 * the same key waits on the primary key until the first transaction ends. Keys past their retention are deleted in
 * batches by {@link IdempotencyPurge}.
 */
@ApplicationScoped
public class PanacheIdempotencyRepository implements IdempotencyRepository {

    private final EntityManager entityManager;

    PanacheIdempotencyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean claim(String tenant, String key, String endpoint, Instant at) {
        return entityManager.createNativeQuery("""
                insert into idempotency_record (tenant, idempotency_key, endpoint, created_at)
                values (:tenant, :key, :endpoint, :at)
                on conflict (tenant, idempotency_key) do nothing""")
                .setParameter("tenant", tenant)
                .setParameter("key", key)
                .setParameter("endpoint", endpoint)
                .setParameter("at", at)
                .executeUpdate() == 1;
    }

    @Override
    public Optional<IdempotentPosting> find(String tenant, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select endpoint, request_hash, response_status, response_body from idempotency_record
                where tenant = :tenant and idempotency_key = :key""")
                .setParameter("tenant", tenant)
                .setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst().map(row -> new IdempotentPosting((String) row[0], (String) row[1],
                ((Number) row[2]).intValue(), (String) row[3]));
    }

    @Override
    public void complete(String tenant, String key, String requestHash, int status, String body) {
        entityManager.createNativeQuery("""
                update idempotency_record set request_hash = :hash, response_status = :status, response_body = :body
                where tenant = :tenant and idempotency_key = :key""")
                .setParameter("hash", requestHash)
                .setParameter("status", status)
                .setParameter("body", body)
                .setParameter("tenant", tenant)
                .setParameter("key", key)
                .executeUpdate();
    }

    @Override
    public int purgeClaimedBefore(Instant cutoff, int limit) {
        // by the index of V015, oldest first; rows another transaction holds are left for the next batch
        return entityManager.createNativeQuery("""
                delete from idempotency_record where (tenant, idempotency_key) in (
                    select tenant, idempotency_key from idempotency_record where created_at < :cutoff
                    order by created_at limit :limit for update skip locked)""")
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .executeUpdate();
    }
}
