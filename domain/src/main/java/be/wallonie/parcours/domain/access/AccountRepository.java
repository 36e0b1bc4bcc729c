package be.wallonie.parcours.domain.access;

import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Where staff accounts and API clients are kept. */
public interface AccountRepository {

    Optional<UserAccount> findUser(String username);

    Optional<UserAccount> findUser(UUID id);

    Optional<ApiClient> findClient(String clientId);

    /**
     * The staff accounts, by username; each criterion is optional: a role, a CRI, a fragment of the username or display
     * name (case-insensitive).
     */
    Page<UserAccount> searchUsers(Role role, String criCode, String text, Paging paging);

    void add(UserAccount account);

    /**
     * Replaces a staff account's password hash by a stronger hash of the same password (at sign-in), unless it has
     * changed meanwhile; the account's version stays, since nothing a reader sees has changed.
     */
    void rehashUser(UUID id, String currentHash, String newHash);

    /** The same for an API client's secret hash. */
    void rehashClient(String clientId, String currentHash, String newHash);

    void add(ApiClient client);

    /** The version of a staff account's tokens; empty when there is no such account. */
    OptionalLong userTokenVersion(UUID id);

    /** The version of an API client's tokens; empty when there is no such client. */
    OptionalLong clientTokenVersion(String clientId);

    /**
     * Ends every token the staff account holds: its token version goes up by one, in one SQL increment, so that two
     * revocations at once both count; the account's version (its ETag) stays.
     */
    void revokeUserTokens(UUID id);

    /** The same for an API client. */
    void revokeClientTokens(String clientId);

    /**
     * Writes the pending changes now, within the transaction: the version an answer then carries (its ETag) is the one
     * stored.
     */
    void flush();
}
