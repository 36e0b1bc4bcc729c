package be.wallonie.parcours.api.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.mindrot.jbcrypt.BCrypt;

/** bcrypt hashing of passwords and client secrets. */
@ApplicationScoped
public class Passwords {

    private static final int COST = 10;
    /** Compared against when the account does not exist, so that a wrong username costs as long as a wrong password. */
    private static final String ABSENT = BCrypt.hashpw("absent", BCrypt.gensalt(COST));

    public String hash(String secret) {
        return BCrypt.hashpw(secret, BCrypt.gensalt(COST));
    }

    /** Whether the secret matches the hash; always false, after the same work, when there is no hash. */
    public boolean matches(String secret, Optional<String> hash) {
        boolean matches = BCrypt.checkpw(secret == null ? "" : secret, hash.orElse(ABSENT));
        return matches && hash.isPresent();
    }
}
