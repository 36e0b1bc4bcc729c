package be.wallonie.parcours.api.casefile;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * Case files and their timelines in PostgreSQL. Tenancy is in the query: a CRI finds only the files whose
 * {@code cri_code} is its own, a transferred-out file included (it keeps its CRI, frozen); the file that continues it
 * belongs to the new CRI.
 */
@ApplicationScoped
public class PanacheCaseFileRepository implements CaseFileRepository, PanacheRepositoryBase<CaseFile, UUID> {

    private static final List<CaseFileState> FOLLOWED_UP = Arrays.stream(CaseFileState.values())
            .filter(CaseFileState::isFollowedUp)
            .toList();

    @Override
    public Optional<CaseFile> findById(UUID id, String criCode) {
        return find("from CaseFile f where f.id = :id and f.criCode = :cri",
                Parameters.with("id", id).and("cri", criCode)).firstResultOptional();
    }

    @Override
    public List<CaseFile> filesOf(UUID personId) {
        return find("from CaseFile f where f.personId = ?1 order by f.openedOn, f.id", personId).list();
    }

    @Override
    public List<CaseFile> followedUpBy(String criCode) {
        return find("from CaseFile f where f.criCode = :cri and f.state in :states order by f.openedOn, f.id",
                Parameters.with("cri", criCode).and("states", FOLLOWED_UP)).list();
    }

    @Override
    public Page<CaseFile> findByCri(String criCode, Set<CaseFileState> states, Paging paging) {
        var query = find("from CaseFile f where f.criCode = :cri and f.state in :states order by f.openedOn desc, f.id",
                Parameters.with("cri", criCode).and("states", states));
        long total = query.count();
        List<CaseFile> items = total <= paging.offset()
                ? List.of()
                : query.range((int) paging.offset(), (int) paging.offset() + paging.pageSize() - 1).list();
        return Page.of(items, paging, total);
    }

    @Override
    public List<CaseFile> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("from CaseFile f where f.id in ?1", ids);
    }

    @Override
    public void add(CaseFile caseFile) {
        persist(caseFile);
    }

    @Override
    public void lockForChange(CaseFile caseFile) {
        // Hibernate puts the version's increment in the JDBC batch (statement-batch-size), sent at some later flush: it
        // neither waits for a concurrent change nor sees it, and this change would go on with the file's stale parts and
        // fail anyhow (a 500). So first lock the row: wait for a concurrent change to end, and refuse this one (412) when
        // that change moved the version.
        List<?> locked = getEntityManager().createNativeQuery(
                "select id from case_file where id = :id and version = :version for update")
                .setParameter("id", caseFile.id())
                .setParameter("version", caseFile.version())
                .getResultList();
        if (locked.isEmpty()) {
            throw new OptimisticLockException("The case file changed meanwhile", null, caseFile);
        }
        getEntityManager().lock(caseFile, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void flush() {
        getEntityManager().flush();
    }

    @Override
    public void readOnly() {
        getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
    }
}
