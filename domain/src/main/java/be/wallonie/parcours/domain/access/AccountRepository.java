package be.wallonie.parcours.domain.access;

import java.util.Optional;

/** Where staff accounts and API clients are kept. */
public interface AccountRepository {

    Optional<UserAccount> findUser(String username);

    Optional<ApiClient> findClient(String clientId);

    void add(UserAccount account);

    void add(ApiClient client);
}
