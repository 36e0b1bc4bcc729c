package be.wallonie.parcours.api.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.access.AccountRepository;
import be.wallonie.parcours.domain.access.ApiClient;
import be.wallonie.parcours.domain.access.UserAccount;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Staff accounts and API clients in PostgreSQL. */
@ApplicationScoped
public class PanacheAccountRepository implements AccountRepository, PanacheRepositoryBase<UserAccount, UUID> {

    @Override
    public Optional<UserAccount> findUser(String username) {
        return find("username", username).firstResultOptional();
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
}
