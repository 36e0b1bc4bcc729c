package be.wallonie.parcours.api.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.access.AccountRepository;
import be.wallonie.parcours.domain.access.ApiClient;
import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.access.UserAccount;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Staff accounts and API clients in PostgreSQL. */
@ApplicationScoped
public class PanacheAccountRepository implements AccountRepository, PanacheRepositoryBase<UserAccount, UUID> {

    @Override
    public Optional<UserAccount> findUser(String username) {
        return find("username", username).firstResultOptional();
    }

    @Override
    public Optional<UserAccount> findUser(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public Page<UserAccount> searchUsers(Role role, String criCode, String text, Paging paging) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (role != null) {
            conditions.add("role = :role");
            parameters.and("role", role);
        }
        if (criCode != null) {
            conditions.add("criCode = :cri");
            parameters.and("cri", criCode);
        }
        if (text != null) {
            conditions.add("(lower(username) like :text or lower(displayName) like :text)");
            parameters.and("text", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        long total = count(query, parameters);
        List<UserAccount> items = total <= paging.offset()
                ? List.of()
                : find(query, Sort.by("username"), parameters).page(paging.page() - 1, paging.pageSize()).list();
        return Page.of(items, paging, total);
    }

    @Override
    public Optional<ApiClient> findClient(String clientId) {
        return getEntityManager().createQuery("from ApiClient where clientId = :clientId", ApiClient.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(UserAccount account) {
        persist(account);
    }

    @Override
    public void add(ApiClient client) {
        getEntityManager().persist(client);
    }

    @Override
    public void rehashUser(UUID id, String currentHash, String newHash) {
        update("passwordHash = :new where id = :id and passwordHash = :current",
                Parameters.with("new", newHash).and("id", id).and("current", currentHash));
    }

    @Override
    public void rehashClient(String clientId, String currentHash, String newHash) {
        getEntityManager().createQuery(
                "update ApiClient set secretHash = :new where clientId = :clientId and secretHash = :current")
                .setParameter("new", newHash).setParameter("clientId", clientId).setParameter("current", currentHash)
                .executeUpdate();
    }

    @Override
    public OptionalLong userTokenVersion(UUID id) {
        return first(getEntityManager().createQuery("select tokenVersion from UserAccount where id = :id", Long.class)
                .setParameter("id", id).getResultList());
    }

    @Override
    public OptionalLong clientTokenVersion(String clientId) {
        return first(getEntityManager()
                .createQuery("select tokenVersion from ApiClient where clientId = :clientId", Long.class)
                .setParameter("clientId", clientId).getResultList());
    }

    @Override
    public void revokeUserTokens(UUID id) {
        getEntityManager().createNativeQuery("update user_account set token_version = token_version + 1 where id = :id")
                .setParameter("id", id).executeUpdate();
    }

    @Override
    public void revokeClientTokens(String clientId) {
        getEntityManager()
                .createNativeQuery(
                        "update api_client set token_version = token_version + 1 where client_id = :clientId")
                .setParameter("clientId", clientId).executeUpdate();
    }

    private static OptionalLong first(List<Long> versions) {
        return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
    }

    @Override
    public void flush() {
        PanacheRepositoryBase.super.flush();
    }
}
