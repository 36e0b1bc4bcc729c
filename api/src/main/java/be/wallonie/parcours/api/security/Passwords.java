package be.wallonie.parcours.api.security;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * bcrypt hashing of passwords and client secrets (ADR 0026), with Bouncy Castle's {@link OpenBSDBCrypt}. It reads the
 * {@code $2a$} (jBCrypt, before ADR 0026), {@code $2b$} (OpenBSD, what it writes) and {@code $2y$} ({@code htpasswd -B})
 * hashes; a stored hash that is none of these never matches. The cost is {@code parcours.auth.password-cost} (11 by
 * default, measured in {@code docs/benchmarks/password-hashing.md}); a hash of a weaker cost or another variant is
 * replaced at the next successful sign-in ({@link #upgrade}).
 */
@ApplicationScoped
public class Passwords {

    private static final Logger LOG = Logger.getLogger(Passwords.class);
    /** What it writes: the current OpenBSD variant. */
    static final String VARIANT = "2b";
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");
    private static final int SALT_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final int cost;
    /** Compared against when the account does not exist, so that a wrong username costs as long as a wrong password. */
    private final String absent;

    Passwords(@ConfigProperty(name = "parcours.auth.password-cost", defaultValue = "11") int cost) {
        if (cost < 10 || cost > 16) {
            throw new IllegalArgumentException("parcours.auth.password-cost must be between 10 and 16, not " + cost);
        }
        this.cost = cost;
        this.absent = hash("absent");
    }

    public String hash(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate(VARIANT, chars(secret), salt, cost);
    }

    /**
     * Whether the secret matches the hash; always false, after the same work, when there is no hash or when the stored
     * hash is not a bcrypt hash it reads.
     */
    public boolean matches(String secret, Optional<String> hash) {
        boolean readable = hash.isPresent() && BCRYPT.matcher(hash.get()).matches();
        if (hash.isPresent() && !readable) {
            LOG.warn("A stored password hash is not a bcrypt hash ($2a$, $2b$ or $2y$): the sign-in is refused");
        }
        return check(secret, readable ? hash.get() : absent) && readable;
    }

    private boolean check(String secret, String hash) {
        try {
            return OpenBSDBCrypt.checkPassword(hash, chars(secret));
        } catch (RuntimeException unreadable) { // a cost out of bcrypt's range, such as $2y$99$
            LOG.warn("A stored password hash could not be read: the sign-in is refused");
            OpenBSDBCrypt.checkPassword(absent, chars(secret));
            return false;
        }
    }

    /**
     * The hash to store instead of {@code hash}, which {@code secret} has just matched, when it is of another variant
     * or of a weaker cost than the current one; empty when it is already current.
     */
    public Optional<String> upgrade(String secret, String hash) {
        var bcrypt = BCRYPT.matcher(hash);
        boolean current = bcrypt.matches() && hash.startsWith("$" + VARIANT + "$")
                && Integer.parseInt(bcrypt.group(1)) >= cost;
        return current ? Optional.empty() : Optional.of(hash(secret));
    }

    private static char[] chars(String secret) {
        return (secret == null ? "" : secret).toCharArray();
    }
}
